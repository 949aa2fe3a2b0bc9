package org.courtsearch.core.decision;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;

/**
 * The case below, as an appeal or cassation act names it: the court that decided first, its
 * case number, judge and date. The act itself belongs to the court that heard the appeal; these
 * stay apart so that neither count takes the other's court.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FirstInstance(String court, String caseNumber, String judge, LocalDate date) {
  @JsonIgnore
  public boolean isEmpty() {
    return court == null && caseNumber == null && judge == null && date == null;
  }
}
