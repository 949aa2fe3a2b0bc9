package org.courtsearch.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TablesTest {
  @Test
  void aColumnIsReadWhateverSeparatesTheColumns() {
    assertEquals(List.of("ФИО", "Иванов И.И.", "Петров П.П."), Tables.column("№,ФИО\n1,Иванов И.И.\n2,Петров П.П.\n", 2));
    // a spreadsheet saved under Russian settings: semicolons, a byte order mark, a comma inside a value
    assertEquals(List.of("ФИО", "Иванов, Иван", "Петров П.П."),
        Tables.column("\ufeff№;ФИО\n1;Иванов, Иван\n2;Петров П.П.\n", 2));
    assertEquals(List.of("a", "c"), Tables.column("\ufeffa\tb\nc\td\n", 1));
    assertEquals(List.of("b", ""), Tables.column("a,b\nc\n", 2), "a short row gives an empty value");
  }

  @Test
  void theSeparatorIsToldFromTheFirstLine() {
    assertEquals(',', Tables.delimiter("file,court,date"));
    assertEquals(';', Tables.delimiter("Файл;Суд;Дата;Статьи"));
    assertEquals('\t', Tables.delimiter("file\tcourt\tdate"));
    assertEquals(',', Tables.delimiter("одно значение"));
  }

  @Test
  void columnsCountFromOne() {
    assertThrows(IllegalArgumentException.class, () -> Tables.column("a,b\n", 0));
  }
}
