package org.courtsearch.core.decision;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * What a sentence gives one convicted person, as numbers, and who that person was in the service. Every field is null
 * where the text does not tell (a masked term is null, not zero); for several charges the person's final (aggregate)
 * punishment is the one read.
 *
 * @param person the person as the operative part names them ({@code ФИО1}, {@code Иванова И.И.})
 * @param serviceBasis see {@link ServiceBasis}
 * @param unit the military unit's number ({@code 12345}), {@link #MASKED_UNIT} where the publisher masked it
 * @param rank see {@link Rank}
 * @param punishment the main punishment's kind; imprisonment also when suspended (see {@code suspended})
 * @param termMonths the main punishment's term in months (years × 12 + months)
 * @param suspended whether the punishment is suspended (ст. 73 УК РФ); false for a sentence read as not suspended
 * @param probationMonths the probation of a suspended sentence, in months
 * @param fineRoubles a fine, main or additional, in roubles
 * @param workHours hours of compulsory work
 * @param additional additional punishments ({@code со штрафом}, {@code с лишением права…}, {@code с лишением воинского
 *     звания})
 * @param art64 whether a punishment below the minimum was given (ст. 64 УК РФ)
 * @param art73 whether ст. 73 УК РФ was applied (the same as {@code suspended} where the term is read)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Sentence(
    String person,
    ServiceBasis serviceBasis,
    String unit,
    Rank rank,
    Punishment punishment,
    Integer termMonths,
    Boolean suspended,
    Integer probationMonths,
    Long fineRoubles,
    Integer workHours,
    List<Punishment> additional,
    Boolean art64,
    Boolean art73) {
  /** The unit of a serviceman whose unit number the publisher masked ({@code войсковой части <данные изъяты>}). */
  public static final String MASKED_UNIT = "masked";

  public Sentence {
    additional = additional == null ? List.of() : List.copyOf(additional);
  }

  /**
   * Whether the person served by mobilisation, where the basis is known: stored beside the basis so that a report's
   * mean of it is the share mobilised.
   */
  @JsonProperty(value = "mobilised", access = JsonProperty.Access.READ_ONLY)
  public Boolean mobilised() {
    return serviceBasis == null ? null : serviceBasis == ServiceBasis.MOBILISED;
  }
}
