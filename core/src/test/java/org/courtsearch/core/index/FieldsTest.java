package org.courtsearch.core.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every name in {@link Fields} is a field (or sub-field) of the decisions contract. */
class FieldsTest {
  @Test
  void everyFieldNameIsInTheMapping() throws Exception {
    JsonNode properties = IndexContract.definition(IndexContract.DECISIONS).path("mappings").path("properties");
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Field f : Fields.class.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) {
        continue;
      }
      String name = (String) f.get(null);
      checked++;
      if (!exists(properties, name)) {
        missing.add(f.getName() + " = " + name);
      }
    }
    assertTrue(checked > 20, "fields checked: " + checked);
    assertTrue(missing.isEmpty(), "not in mappings/decisions.json: " + missing);
  }

  @Test
  void everyCaseFieldNameIsInTheCasesMapping() throws Exception {
    JsonNode properties = IndexContract.definition(IndexContract.CASES).path("mappings").path("properties");
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Field f : CaseFields.class.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) {
        continue;
      }
      checked++;
      String name = (String) f.get(null);
      if (!exists(properties, name)) {
        missing.add(f.getName() + " = " + name);
      }
    }
    assertTrue(checked > 25, "fields checked: " + checked);
    assertTrue(missing.isEmpty(), "not in mappings/cases.json: " + missing);
  }

  @Test
  void aNameTheMappingLacksIsCaught() {
    JsonNode properties = IndexContract.definition(IndexContract.DECISIONS).path("mappings").path("properties");
    assertTrue(!exists(properties, "decision_datum") && !exists(properties, "court.nonexistent"));
  }

  /** "court.text" is a multi-field of court; "first_instance.court" a property of an object. */
  static boolean exists(JsonNode properties, String path) {
    String[] parts = path.split("\\.", 2);
    JsonNode field = properties.path(parts[0]);
    if (field.isMissingNode()) {
      return false;
    }
    if (parts.length == 1) {
      return true;
    }
    return field.path("fields").has(parts[1]) || exists(field.path("properties"), parts[1]);
  }
}
