package org.courtsearch.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.courtsearch.core.decision.Instance;
import org.courtsearch.core.decision.Punishment;
import org.courtsearch.core.decision.Sentence;
import org.courtsearch.core.text.Months;
import org.courtsearch.indexer.metadata.CourtDirectory.Court;
import org.courtsearch.indexer.metadata.CourtDirectory;

/**
 * Writes realistic decisions of the kinds investigators count (desertion sentences of garrison
 * military courts above all, and common crimes of district courts), each with its ground truth.
 * The anatomy follows published acts: numbers, title, date, bench, charge, УСТАНОВИЛ, reasons,
 * operative part, appeal clause, signature; depersonalised as courts do (ФИО1, ДД.ММ.ГГГГ).
 *
 * <p>Why one class of this length: each kind of decision is one long template that reads best
 * whole and in the order of a real act, and every template shares the variant renderers below
 * (citations, case numbers, dates, place and court lines). Split by kind, each part would need
 * all of them.
 */
final class DecisionTexts {
  private static final String[] MONTHS = Months.GENITIVE;

  /** A crime: how the charge is cited, and its values in the index. */
  private record Charge(String cite, String article, String part, String point, String what, boolean military) {
    Charge(String cite, String article, String part, String what, boolean military) {
      this(cite, article, part, cite.startsWith("п. «") ? cite.substring(4, 5) : null, what, military);
    }
  }

  private static final List<Charge> DESERTION = List.of(
      new Charge("ч. 5 ст. 337", "337", "5", "самовольное оставление части продолжительностью свыше одного месяца, совершенное в период мобилизации", true),
      new Charge("ч.5 ст.337", "337", "5", "самовольное оставление места службы продолжительностью свыше одного месяца в период мобилизации", true),
      new Charge("частью 5 статьи 337", "337", "5", "неявка в срок без уважительных причин на службу продолжительностью свыше одного месяца в период мобилизации", true),
      new Charge("ч. 3.1 ст. 337", "337", "3.1", "неявка в срок без уважительных причин на службу продолжительностью свыше десяти суток, но не более одного месяца, в период мобилизации", true),
      new Charge("ч. 2.1 ст. 337", "337", "2.1", "самовольное оставление части продолжительностью свыше двух суток, но не более десяти суток, в период мобилизации", true),
      new Charge("ст. 337 ч. 4", "337", "4", "самовольное оставление части продолжительностью свыше одного месяца", true));
  private static final List<Charge> MILITARY_OTHER = List.of(
      new Charge("ч. 3 ст. 338", "338", "3", "дезертирство, совершенное в период мобилизации", true),
      new Charge("ч. 2.1 ст. 332", "332", "2.1", "неисполнение подчиненным приказа в период мобилизации", true));
  private static final List<Charge> COMMON = List.of(
      new Charge("п. «в» ч. 2 ст. 158", "158", "2", "кража, то есть тайное хищение чужого имущества, с причинением значительного ущерба гражданину", false),
      new Charge("ч. 1 ст. 264.1", "264.1", "1", "управление автомобилем лицом, находящимся в состоянии опьянения, подвергнутым административному наказанию", false),
      new Charge("ч. 2 ст. 228", "228", "2", "незаконные приобретение и хранение без цели сбыта наркотических средств в крупном размере", false),
      new Charge("ч. 1 ст. 318", "318", "1", "применение насилия, не опасного для жизни или здоровья, в отношении представителя власти", false),
      new Charge("п. «г» ч. 2 ст. 161", "161", "2", "грабеж, то есть открытое хищение чужого имущества, с применением насилия", false));

  private static final Charge DESERTION_PART_1 = new Charge("ч. 1 ст. 337", "337", "1",
      "самовольное оставление части продолжительностью свыше двух суток, но не более десяти суток", true);
  private static final List<Charge> OFFENCES = List.of(
      new Charge("ч. 1 ст. 20.3", "20.3", "1", "публичное демонстрирование атрибутики экстремистской организации", false),
      new Charge("ч. 1 ст. 20.3.3", "20.3.3", "1", "публичные действия, направленные на дискредитацию использования Вооруженных Сил Российской Федерации", false),
      new Charge("ч. 1 ст. 20.1", "20.1", "1", "мелкое хулиганство, то есть нарушение общественного порядка, сопровождающееся нецензурной бранью", false),
      new Charge("ч. 1 ст. 19.3", "19.3", "1", "неповиновение законному распоряжению сотрудника полиции", false));

  private final Random random;
  /** Whether КоАП rulings and multi-charge sentences are written too (off: the stream of the original corpora, unchanged). */
  private final boolean allKinds;
  private Variant v = Variant.PLAIN;
  private final Map<String, Integer> nameCounts = new HashMap<>();
  private final List<Court> garrison;
  private final List<Court> districtMilitary;
  private final List<Court> district;
  /** Garrison courts no registry lists (abolished, renamed, or named by a number), each with the town it sits in. */
  private final List<Court> unlisted = new ArrayList<>();
  private final Map<String, String> seats = new HashMap<>();
  private final Court militaryCassation;

  DecisionTexts(Random random, CourtDirectory courts) {
    this(random, courts, false);
  }

  DecisionTexts(Random random, CourtDirectory courts, boolean allKinds) {
    this.random = random;
    this.allKinds = allKinds;
    List<Court> g = new ArrayList<>();
    List<Court> om = new ArrayList<>();
    List<Court> d = new ArrayList<>();
    for (Court c : courts.all()) {
      nameCounts.merge(c.name(), 1, Integer::sum);
      if (c.region() == null) {
        continue;
      }
      switch (c.kind()) {
        case "garrison_military" -> g.add(c);
        case "district_military" -> om.add(c);
        case "district" -> d.add(c);
        default -> { }
      }
    }
    this.garrison = g;
    this.districtMilitary = om;
    this.district = d;
    this.militaryCassation = courts.all().stream().filter(c -> c.kind().equals("military_cassation")).findFirst().orElseThrow();
    unlisted(courts);
  }

  /**
   * Courts outside the registry: a garrison court named after a town of the gazetteer that has none ({@code Подольский
   * гарнизонный военный суд}, seated there), and numbered ones ({@code 312 гарнизонный военный суд}) seated in a town.
   */
  private void unlisted(CourtDirectory courts) {
    Map<String, List<String>> towns = new TreeMap<>();
    try (InputStream in = DecisionTexts.class.getClassLoader().getResourceAsStream("mappings/places.tsv")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(l -> l.split("\t"))
          .forEach(r -> towns.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int numbered = 300;
    for (Map.Entry<String, List<String>> t : towns.entrySet()) {
      String town = t.getKey();
      if (t.getValue().size() != 1 || town.contains(" ") || town.contains("-")) {
        continue;
      }
      String code = t.getValue().get(0);
      String region = courts.region(code).orElseThrow();
      String name = town.endsWith("ск") ? town + "ий гарнизонный военный суд" : numbered++ + " гарнизонный военный суд";
      if (courts.byName(name).isPresent() || courts.byName(town + "ий районный суд").isPresent()) {
        continue;
      }
      unlisted.add(new Court(null, name, "garrison_military", code, region));
      seats.put(name, town);
    }
  }

  GeneratedDecision next() {
    return next(Variant.PLAIN);
  }

  /** The next decision, written in the given variant; the same random draws whatever the variant. */
  GeneratedDecision next(Variant variant) {
    this.v = variant;
    int roll = random.nextInt(100);
    if (allKinds) {
      int kind = random.nextInt(100);
      if (kind < 8) {
        return offence(pick(district), pick(OFFENCES));
      }
      if (kind < 20 && roll < 55) {
        return sentence(pick(garrison), List.of(DESERTION_PART_1, pick(DESERTION.subList(0, 3))), false);
      }
      if (kind < 26 && roll >= 62 && roll < 84) {
        return sentence(pick(district), List.of(COMMON.get(0), COMMON.get(4)), false);
      }
      if (kind >= 92) {
        return switch (roll % 4) {
          case 0 -> cassation(pick(districtMilitary), pick(garrison));
          case 1 -> recounted(pick(district), pick(COMMON), false);
          case 2 -> recounted(pick(district), pick(COMMON), true);
          default -> sentence(pick(unlisted), pick(DESERTION), false);
        };
      }
    }
    if (roll < 55) {
      return sentence(pick(garrison), pick(DESERTION), false);
    }
    if (roll < 62) {
      return sentence(pick(garrison), pick(MILITARY_OTHER), false);
    }
    if (roll < 72) {
      return sentence(pick(district), pick(COMMON), true); // hard negative: a prior desertion conviction
    }
    if (roll < 84) {
      return sentence(pick(district), pick(COMMON), false);
    }
    if (roll < 91) {
      return termination(random.nextBoolean() ? pick(garrison) : pick(district));
    }
    if (roll < 94) {
      return acquittal(pick(district));
    }
    return appeal(pick(districtMilitary), pick(garrison));
  }

  /** The court as its acts name it: a name shared by courts of several regions gets its region. */
  private String named(Court c) {
    return nameCounts.getOrDefault(c.name(), 0) > 1 ? c.name() + " " + regionGenitive(c.region()) : c.name();
  }

  static String regionGenitive(String region) {
    if (region.startsWith("Город ")) {
      return "г. " + region.substring(6);
    }
    if (region.startsWith("Республика ")) {
      return "Республики " + region.substring(11);
    }
    StringBuilder out = new StringBuilder();
    for (String w : region.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      if (w.endsWith("ая")) {
        out.append(w, 0, w.length() - 2).append("ой");
      } else if (w.endsWith("ий") || w.endsWith("ый")) {
        out.append(w, 0, w.length() - 2).append("ого");
      } else if (w.equals("область")) {
        out.append("области");
      } else if (w.equals("край")) {
        out.append("края");
      } else if (w.equals("округ")) {
        out.append("округа");
      } else if (w.equals("Республика")) {
        out.append("Республики");
      } else {
        out.append(w);
      }
    }
    return out.toString();
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private LocalDate date() {
    return LocalDate.of(2022, 10, 1).plusDays(random.nextInt(1150));
  }

  private String dateWords(LocalDate d) {
    return switch (random.nextInt(4)) {
      case 0 -> String.format("«%02d» %s %d года", d.getDayOfMonth(), MONTHS[d.getMonthValue() - 1], d.getYear());
      case 1 -> String.format("%d %s %d г.", d.getDayOfMonth(), MONTHS[d.getMonthValue() - 1], d.getYear());
      case 2 -> String.format("%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
      default -> String.format("%02d %s %d года", d.getDayOfMonth(), MONTHS[d.getMonthValue() - 1], d.getYear());
    };
  }

  private String title(String word) {
    if (random.nextInt(3) == 0) {
      return String.join(" ", word.split(""));
    }
    return word;
  }

  private String uid(Court court, LocalDate d) {
    if (court.code() == null) {
      return null;
    }
    return String.format("%s-01-%d-%06d-%02d", court.code(), d.getYear(), random.nextInt(1_000_000), random.nextInt(100));
  }

  /** The court's name in the genitive, up to the word суд; what follows (г. Кирова, Тверской области) already is. */
  static String genitive(String courtName) {
    StringBuilder out = new StringBuilder();
    boolean done = false;
    for (String w : courtName.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(done ? w : genitiveWord(w));
      done |= w.equals("суд");
    }
    return out.toString();
  }

  private static String genitiveWord(String w) {
    if (w.equals("суд")) {
      return "суда";
    }
    if (w.matches("\\d+-й")) {
      return w.substring(0, w.length() - 1) + "го";
    }
    if (w.endsWith("ний") && !w.endsWith("нний")) {
      return w.substring(0, w.length() - 2) + "его";
    }
    if (w.endsWith("ский") || w.endsWith("цкий") || w.endsWith("ний")) {
      return w.substring(0, w.length() - 2) + "ого";
    }
    if (w.endsWith("ный") || w.endsWith("ой")) {
      return w.substring(0, w.length() - 2) + "ого";
    }
    if (w.endsWith("ый") || w.endsWith("ий")) {
      return w.substring(0, w.length() - 2) + "ого";
    }
    return w;
  }

  private String participants(boolean military) {
    Names.Person secretary = Names.person(random);
    Names.Person prosecutor = Names.person(random);
    Names.Person lawyer = Names.person(random);
    return "при секретаре судебного заседания " + secretary.genitiveWithInitials() + ", с участием государственного обвинителя – "
        + (military ? "помощника военного прокурора гарнизона лейтенанта юстиции " : "помощника прокурора района ")
        + prosecutor.genitiveWithInitials() + ", подсудимого ФИО1, защитника – адвоката " + lawyer.genitiveWithInitials() + ",";
  }

  /** Another garrison court than this one, chosen without a random draw (so every variant draws alike). */
  private Court otherGarrison(Court court) {
    Court other = garrison.get(Math.floorMod(court.name().hashCode() + 17, garrison.size()));
    return other.equals(court) ? garrison.get((garrison.indexOf(other) + 1) % garrison.size()) : other;
  }

  /** A defendant whose service the act does not count (a termination, an acquittal): mobilised, a private, the unit masked. */
  private String defendant(Court court, boolean military, boolean priorDesertion, LocalDate d) {
    return defendant(court, military, priorDesertion, d, Sentencing.UNCOUNTED, 0);
  }

  private String defendant(Court court, boolean military, boolean priorDesertion, LocalDate d, Sentencing.Facts facts, int form) {
    StringBuilder s = new StringBuilder();
    if (military) {
      s.append(Sentencing.serviceman(facts, form, "гражданина Российской Федерации, со средним общим образованием, холостого, "
          + (v.historyCourt() ? "судимого приговором " + genitive(otherGarrison(court).name())
              + " от ДД.ММ.ГГГГ по ч. 1 ст. 337 УК РФ к штрафу в размере 20 000 рублей" : "несудимого")));
    } else {
      s.append("ФИО1, родившегося ДД.ММ.ГГГГ в <адрес>, гражданина Российской Федерации, зарегистрированного и проживающего ")
          .append("по адресу: <адрес>, официально не трудоустроенного, ");
      if (priorDesertion) {
        s.append("ранее судимого: приговором ").append(v.historyCourt() ? genitive(otherGarrison(court).name()) : "гарнизонного военного суда")
            .append(" от ").append(d.getYear() - 1)
            .append(" года по ").append(cite(List.of(DESERTION.get(0)), CHARGE)).append(" к 5 годам лишения свободы условно с испытательным сроком 3 года,");
      } else {
        s.append("несудимого,");
      }
    }
    return s.toString();
  }

  /** A sentence: conviction with a real or suspended prison term, or another punishment. */
  private GeneratedDecision sentence(Court court, Charge charge, boolean priorDesertion) {
    return sentence(court, List.of(charge), priorDesertion);
  }

  private GeneratedDecision sentence(Court court, List<Charge> charges, boolean priorDesertion) {
    Charge charge = charges.get(0);
    LocalDate d = date();
    Names.Person judge = Names.person(random);
    String number = "1-" + (1 + random.nextInt(400)) + "/" + d.getYear();
    String uid = uid(court, d);
    boolean military = charge.military();
    int punishmentKind = random.nextInt(10);
    List<String> punishment = new ArrayList<>();
    String reasons;
    int kind;
    int years = 0;
    if (military && punishmentKind < 5 || !military && punishmentKind < 3) {
      years = 5 + random.nextInt(3);
      reasons = "Оснований для применения ст. 64 и ст. 73 УК РФ суд не усматривает.";
      kind = 0;
    } else if (punishmentKind < 8) {
      years = 5 + random.nextInt(3);
      reasons = "Учитывая данные о личности подсудимого, суд приходит к выводу о возможности его исправления без реального "
          + "отбывания наказания и применяет положения ст. 73 УК РФ.";
      kind = 1;
    } else if (!military) {
      reasons = "Суд считает возможным назначить наказание в виде штрафа, предусмотренного санкцией статьи.";
      kind = 2;
    } else {
      reasons = "С учетом положительных характеристик суд назначает наказание, не связанное с лишением свободы.";
      kind = 3;
    }
    // the sentence's facts have a random of their own: the generator's draws stay what they were
    Random own = new Random(Objects.hash(number, d, court.name(), punishmentKind));
    int drawn = own.nextInt(Sentencing.FORMS); // drawn whatever the variant, so the facts are the same in each
    int form = v.sentenceForm() < 0 ? drawn : v.sentenceForm();
    Sentencing.Facts facts = Sentencing.draw(own, military, kind, years, charges.size() > 1);
    punishment.add(facts.main() == Punishment.IMPRISONMENT && facts.suspended() ? "suspended"
        : facts.main().value());
    if (facts.withFine()) {
      punishment.add(Punishment.FINE.value());
    }
    // each count cited with its code, as the charge is: a code-less «по ч. 1 ст. 337» after «ст.ст. 307–309 УПК РФ» is read
    // as a mention of the УПК РФ, the code cited last: the mention reader's weakness to mend, not a form to leave out for good
    List<String> counts = charges.stream().map(c -> cite(List.of(c), CHARGE)).toList();
    String operative = Sentencing.punishment(facts, form, counts);
    String text = heading(court) + caseLine(number) + (uid == null ? "" : "УИД " + uid + "\n")
        + title("ПРИГОВОР") + "\nИменем Российской Федерации\n"
        + dateLine(d, seats.get(court.name()), court.name().matches("\\d.*")) + "\n"
        + bench(court, judge)
        + participants(military) + "\n"
        + "рассмотрев в открытом судебном заседании уголовное дело" + numberInBody(number) + " в отношении\n"
        + defendant(court, military, priorDesertion, d, facts, form) + "\n"
        + "обвиняемого в совершении " + crimes(charges) + cite(charges, CHARGE) + ",\n"
        + "У С Т А Н О В И Л:\n"
        + Sentencing.basisInFactsPhrase(facts, form) + " совершил " + what(charges) + " при следующих обстоятельствах.\n"
        + (military ? "Указом Президента Российской Федерации от 21 сентября 2022 года № 647 объявлена частичная мобилизация. "
            + "ФИО1, желая временно уклониться от прохождения военной службы, ДД.ММ.ГГГГ без уважительных причин не явился "
            + "в срок на службу в войсковую часть <данные изъяты>, дислоцированную в <адрес>, и проводил время по своему усмотрению.\n"
            : "ДД.ММ.ГГГГ около 14 часов ФИО1, находясь по адресу: <адрес>, действуя умышленно, из корыстных побуждений, "
            + "совершил указанное преступление, после чего с места происшествия скрылся.\n")
        + "В судебном заседании подсудимый ФИО1 вину в предъявленном обвинении признал полностью, от дачи показаний "
        + "отказался, воспользовавшись ст. 51 Конституции Российской Федерации.\n"
        + "Действия ФИО1 суд квалифицирует по " + cite(charges, QUALIFY) + ".\n"
        + "При назначении наказания суд в соответствии со ст. 60 УК РФ учитывает характер и степень общественной опасности "
        + "совершенного преступления, данные о личности подсудимого. Обстоятельствами, смягчающими наказание, суд на "
        + "основании ч. 2 ст. 61 УК РФ признает полное признание вины и раскаяние в содеянном.\n"
        + reasons + "\n"
        + "На основании изложенного и руководствуясь ст.ст. 307–309 УПК РФ, суд\n"
        + "П Р И Г О В О Р И Л:\n"
        + "Признать ФИО1 виновным в совершении " + crimes(charges) + cite(charges, VERDICT) + ", и "
        + operative + "\n"
        + "Меру пресечения в отношении осужденного до вступления приговора в законную силу оставить прежней.\n"
        + "Приговор может быть обжалован в апелляционном порядке в течение 15 суток со дня его провозглашения.\n"
        + (random.nextBoolean() ? "Председательствующий " + judge.initialsFirst() : "Председательствующий судья " + judge.nominativeWithInitials()) + "\n";
    List<String> mentioned = new ArrayList<>();
    mentioned.add("УК РФ 60");
    mentioned.add("УК РФ 61");
    if (priorDesertion) {
      mentioned.add("УК РФ 337");
    }
    return new GeneratedDecision(null, null, null, text, court.name(), court.kind(), court.region(), d.toString(), number,
        uid, "приговор", Instance.FIRST.value(), articles(charges, "УК РФ"), parts(charges, "УК РФ"), mentioned,
        judge.nominativeWithInitials(), "conviction", punishment, List.of(facts.truth("ФИО1")));
  }

  private GeneratedDecision termination(Court court) {
    LocalDate d = date();
    Names.Person judge = Names.person(random);
    boolean military = court.kind().equals("garrison_military");
    Charge charge = military ? DESERTION.get(3) : COMMON.get(1);
    String number = "1-" + (1 + random.nextInt(400)) + "/" + d.getYear();
    String text = heading(court) + caseLine(number) + title("ПОСТАНОВЛЕНИЕ") + "\nо прекращении уголовного дела и назначении меры "
        + "уголовно-правового характера в виде судебного штрафа\n" + dateLine(d) + "\n"
        + bench(court, judge)
        + participants(military) + "\n"
        + "рассмотрев в открытом судебном заседании уголовное дело" + numberInBody(number) + " в отношении\n"
        + defendant(court, military, false, d) + "\n"
        + "обвиняемого в совершении преступления, предусмотренного " + cite(List.of(charge), CHARGE) + ",\n"
        + "установил:\n"
        + "ФИО1 обвиняется в том, что совершил " + charge.what() + ".\n"
        + "Защитник заявил ходатайство о прекращении уголовного дела с назначением меры уголовно-правового характера в виде "
        + "судебного штрафа на основании ст. 25.1 УПК РФ и ст. 76.2 УК РФ, поскольку ФИО1 впервые совершил преступление "
        + "средней тяжести и загладил причиненный вред.\n"
        + "Руководствуясь ст. 25.1, 446.3 УПК РФ, суд\n"
        + "ПОСТАНОВИЛ:\n"
        + "Уголовное дело в отношении ФИО1, обвиняемого в совершении преступления, предусмотренного "
        + cite(List.of(charge), VERDICT) + ", прекратить на основании ст. 25.1 УПК РФ.\n"
        + "Назначить ФИО1 меру уголовно-правового характера в виде судебного штрафа в размере 20 000 рублей.\n"
        + "Судья " + judge.initialsFirst() + "\n";
    return new GeneratedDecision(null, null, null, text, court.name(), court.kind(), court.region(), d.toString(), number,
        null, "постановление", Instance.FIRST.value(), List.of("УК РФ " + charge.article()),
        List.of("УК РФ " + charge.article() + " ч." + charge.part()), List.of("УК РФ 76.2"), judge.nominativeWithInitials(),
        "termination", List.of("court_fine"));
  }

  private GeneratedDecision acquittal(Court court) {
    LocalDate d = date();
    Names.Person judge = Names.person(random);
    Charge charge = COMMON.get(3);
    String number = "1-" + (1 + random.nextInt(400)) + "/" + d.getYear();
    String uid = uid(court, d);
    String text = heading(court) + caseLine(number) + "УИД " + uid + "\n" + title("ПРИГОВОР") + "\nИменем Российской Федерации\n"
        + dateLine(d) + "\n" + bench(court, judge)
        + participants(false) + "\n"
        + "рассмотрев в открытом судебном заседании уголовное дело" + numberInBody(number) + " в отношении\n"
        + defendant(court, false, false, d) + "\n"
        + "обвиняемого в совершении преступления, предусмотренного " + cite(List.of(charge), CHARGE) + ",\n"
        + "УСТАНОВИЛ:\n"
        + "Органами предварительного расследования ФИО1 обвиняется в том, что совершил " + charge.what() + ".\n"
        + "Исследовав представленные доказательства, суд приходит к выводу, что стороной обвинения не представлено "
        + "доказательств, подтверждающих событие преступления.\n"
        + "Руководствуясь ст.ст. 302, 305, 306 УПК РФ, суд\n"
        + "ПРИГОВОРИЛ:\n"
        + "ФИО1 признать невиновным в совершении преступления, предусмотренного " + cite(List.of(charge), VERDICT) + ", и оправдать "
        + "его на основании п. 1 ч. 2 ст. 302 УПК РФ в связи с отсутствием события преступления.\n"
        + "Признать за ФИО1 право на реабилитацию.\n"
        + "Судья " + judge.nominativeWithInitials() + "\n";
    return new GeneratedDecision(null, null, null, text, court.name(), court.kind(), court.region(), d.toString(), number,
        uid, "приговор", Instance.FIRST.value(), List.of("УК РФ " + charge.article()),
        List.of("УК РФ " + charge.article() + " ч." + charge.part()), List.of(), judge.nominativeWithInitials(),
        "acquittal", List.of());
  }

  private GeneratedDecision appeal(Court appealCourt, Court lower) {
    LocalDate d = date();
    Names.Person judge = Names.person(random);
    Charge charge = DESERTION.get(0);
    String number = "22-" + (1 + random.nextInt(900)) + "/" + d.getYear();
    String text = heading(appealCourt) + caseLine(number) + title("АПЕЛЛЯЦИОННОЕ ПОСТАНОВЛЕНИЕ") + "\n" + dateLine(d) + "\n"
        + (v.courtForm() == 2 ? "Судебная коллегия по уголовным делам " + genitive(named(appealCourt)) : named(appealCourt))
        + (v.courtForm() == 3 ? " в составе: председательствующего " : " в составе председательствующего ") + judge.genitiveWithInitials()
        + ", при помощнике судьи ФИО2, с участием прокурора ФИО3, осужденного ФИО1 и защитника – адвоката ФИО4,\n"
        + "рассмотрел в открытом судебном заседании уголовное дело" + numberInBody(number) + " по апелляционной жалобе защитника на приговор "
        + genitive(lower.name()) + " от ДД.ММ.ГГГГ" + reviewed(charge, "апелляционной") + "\n"
        + "Заслушав доклад председательствующего, выступления сторон, окружной военный суд\n"
        + "УСТАНОВИЛ:\n"
        + "В апелляционной жалобе защитник просит приговор изменить и применить ст. 73 УК РФ.\n"
        + reasonsOfReview(charge)
        + "Наказание назначено в соответствии с требованиями ст. 60 УК РФ, оснований для его смягчения не имеется.\n"
        + "Руководствуясь ст.ст. 389.20, 389.28 УПК РФ, окружной военный суд\n"
        + "ПОСТАНОВИЛ:\n"
        + "приговор " + genitive(lower.name()) + " в отношении ФИО1 оставить без изменения, апелляционную жалобу "
        + "защитника – без удовлетворения.\n"
        + "Председательствующий " + judge.initialsFirst() + "\n";
    return new GeneratedDecision(null, null, null, text, appealCourt.name(), appealCourt.kind(), appealCourt.region(),
        d.toString(), number, null, "постановление", Instance.APPEAL.value(), List.of("УК РФ " + charge.article()),
        List.of("УК РФ " + charge.article() + " ч." + charge.part()), List.of("УК РФ 73"), judge.nominativeWithInitials(),
        "upheld", List.of());
  }

  /** A cassation ruling of the military cassation court on a garrison sentence upheld on appeal. */
  private GeneratedDecision cassation(Court appealCourt, Court lower) {
    LocalDate d = date();
    Names.Person judge = Names.person(random);
    Charge charge = pick(DESERTION.subList(0, 5));
    Court court = militaryCassation;
    String number = "77-" + (1 + random.nextInt(900)) + "/" + d.getYear();
    String text = heading(court) + caseLine(number) + title("КАССАЦИОННОЕ ОПРЕДЕЛЕНИЕ") + "\n" + dateLine(d) + "\n"
        + "Судебная коллегия по уголовным делам " + genitive(named(court))
        + (v.courtForm() == 3 ? " в составе: председательствующего " : " в составе председательствующего ") + judge.genitiveWithInitials()
        + ", судей ФИО5 и ФИО6, при секретаре судебного заседания ФИО2, с участием прокурора ФИО3, защитника – адвоката ФИО4,\n"
        + "рассмотрела в открытом судебном заседании уголовное дело" + numberInBody(number) + " по кассационной жалобе защитника на приговор "
        + genitive(lower.name()) + " от ДД.ММ.ГГГГ и апелляционное постановление " + genitive(appealCourt.name()) + " от ДД.ММ.ГГГГ"
        + reviewed(charge, "кассационной") + "\n"
        + "Заслушав доклад судьи ФИО5, выступления защитника и прокурора, Кассационный военный суд\n"
        + "УСТАНОВИЛ:\n"
        + "В кассационной жалобе защитник, не оспаривая доказанность вины, просит смягчить назначенное наказание.\n"
        + reasonsOfReview(charge)
        + "Существенных нарушений уголовного закона, повлиявших на исход дела, по делу не допущено.\n"
        + "Руководствуясь ст.ст. 401.13, 401.14 УПК РФ, Судебная коллегия\n"
        + "ОПРЕДЕЛИЛА:\n"
        + "приговор " + genitive(lower.name()) + " и апелляционное постановление " + genitive(appealCourt.name()) + " в отношении ФИО1 "
        + "оставить без изменения, кассационную жалобу защитника – без удовлетворения.\n"
        + "Председательствующий " + judge.initialsFirst() + "\n";
    return new GeneratedDecision(null, null, null, text, court.name(), court.kind(), court.region(), d.toString(), number, null,
        "определение", Instance.CASSATION.value(), List.of("УК РФ " + charge.article()),
        List.of("УК РФ " + charge.article() + " ч." + charge.part()), List.of(), judge.nominativeWithInitials(), "upheld", List.of());
  }

  /**
   * A civil judgment on damages from a crime, or an administrative (КАС) one that puts a former convict under
   * supervision: each recounts a conviction and charges nobody.
   */
  private GeneratedDecision recounted(Court court, Charge charge, boolean supervision) {
    LocalDate d = date();
    Names.Person judge = Names.person(random);
    String number = (supervision ? "2а-" : "2-") + (1 + random.nextInt(3000)) + "/" + d.getYear();
    String conviction = supervision
        ? "ФИО1 осужден приговором " + genitive(named(court)) + " от ДД.ММ.ГГГГ по " + cite(List.of(charge), CHARGE)
            + " к 3 годам лишения свободы с отбыванием наказания в исправительной колонии строгого режима. Обстоятельством, "
            + "отягчающим наказание, признан опасный рецидив преступлений.\n"
            + "В соответствии с п. 2 ч. 2 ст. 3 Федерального закона от 06.04.2011 № 64-ФЗ «Об административном надзоре за лицами, "
            + "освобожденными из мест лишения свободы» административный надзор устанавливается независимо от наличия оснований.\n"
        : "Приговором " + genitive(named(court)) + " от ДД.ММ.ГГГГ ответчик ФИО1 признан виновным в совершении преступления, "
            + "предусмотренного " + cite(List.of(charge), VERDICT) + ", ему назначено наказание в виде лишения свободы условно.\n"
            + "В силу ч. 4 ст. 61 ГПК РФ вступивший в законную силу приговор суда обязателен для суда, рассматривающего дело о "
            + "гражданско-правовых последствиях действий лица. Согласно ст. 1064 ГК РФ вред подлежит возмещению в полном объеме.\n";
    String text = heading(court) + caseLine(number) + title("РЕШЕНИЕ") + "\nИменем Российской Федерации\n" + dateLine(d) + "\n"
        + bench(court, judge) + "при секретаре ФИО3" + (supervision ? ", с участием помощника прокурора ФИО4" : "") + ",\n"
        + "рассмотрев в открытом судебном заседании " + (supervision
            ? "административное дело" + numberInBody(number) + " по административному исковому заявлению начальника ОМВД России по "
                + "<адрес> об установлении административного надзора в отношении ФИО1,\n"
            : "гражданское дело" + numberInBody(number) + " по иску ФИО2 к ФИО1 о возмещении ущерба, причиненного преступлением,\n")
        + "УСТАНОВИЛ:\n"
        + conviction
        + "Руководствуясь " + (supervision ? "ст.ст. 175-180, 273 КАС РФ" : "ст.ст. 194-199 ГПК РФ") + ", суд\n"
        + "РЕШИЛ:\n"
        + (supervision ? "Административное исковое заявление удовлетворить. Установить в отношении ФИО1 административный надзор на срок 3 года.\n"
            : "Исковые требования ФИО2 удовлетворить. Взыскать с ФИО1 в пользу ФИО2 в возмещение ущерба 45 000 рублей.\n")
        + "Судья " + judge.initialsFirst() + "\n";
    return new GeneratedDecision(null, null, null, text, court.name(), court.kind(), court.region(), d.toString(), number, null,
        "решение", Instance.FIRST.value(), List.of(), List.of(), List.of("УК РФ " + charge.article()), judge.nominativeWithInitials(),
        "other", List.of());
  }

  /** How a review act cites the conviction it reviews, after «на приговор … от ДД.ММ.ГГГГ». */
  private String reviewed(Charge charge, String kind) {
    String term = " к лишению свободы на срок 5 лет с отбыванием наказания в исправительной колонии общего режима.";
    return switch (v.reviewForm()) {
      case 1 -> ".\nЭтим приговором военнослужащий войсковой части <данные изъяты> рядовой ФИО1, несудимый, осужден по "
          + cite(List.of(charge), CHARGE) + term;
      case 2 -> " в отношении ФИО1 по " + kind + " жалобе защитника.";
      default -> ", которым военнослужащий войсковой части <данные изъяты> рядовой ФИО1 осужден по "
          + cite(List.of(charge), CHARGE) + term;
    };
  }

  /** The reviewing court's reasons: where the review form cites the conviction only there, the qualification. */
  private String reasonsOfReview(Charge charge) {
    return v.reviewForm() == 2 ? "Выводы суда о виновности ФИО1 основаны на исследованных доказательствах. Квалификация действий "
        + "осужденного по " + cite(List.of(charge), QUALIFY) + " является правильной.\n" : "";
  }

  private static final int CHARGE = 0;
  private static final int QUALIFY = 1;
  private static final int VERDICT = 2;

  /** The charges cited as the variant writes them, with the code unless the variant leaves it out here. */
  private String cite(List<Charge> charges, int place) {
    boolean koap = charges.get(0).article().contains(".") && !charges.get(0).article().equals("264.1");
    String[] forms = koap ? Variant.KOAP_FORMS : Variant.UK_FORMS;
    String code = forms[Math.max(0, v.codeForm())];
    boolean withCode = place == CHARGE || place == QUALIFY && v.omitCode() < 2 || place == VERDICT && v.omitCode() < 1;
    String body;
    boolean oneArticle = charges.stream().map(Charge::article).distinct().count() == 1;
    boolean noPoints = charges.stream().allMatch(c -> c.point() == null);
    Variant.Order order = v.order() < 0 ? null : Variant.Order.values()[v.order()];
    if (charges.size() > 1 && v.sharedParts() && oneArticle && noPoints && order != null && order.ordinal() <= 2) {
      String partList = String.join(order == Variant.Order.WORDS ? " и " : ", ", charges.stream().map(Charge::part).toList());
      String article = charges.get(0).article();
      body = switch (order) {
        case FORWARD -> "ч.ч. " + partList + " ст. " + article;
        case COMPACT -> "ч.ч." + partList.replace(", ", ",") + " ст." + article;
        default -> (place == QUALIFY ? "частям " : "частями ") + partList + " статьи " + article;
      };
    } else {
      List<String> each = new ArrayList<>();
      for (Charge c : charges) {
        String r = order == null ? c.cite() : render(c, order);
        // after "предусмотренного" the words stand in the instrumental: частью 5 статьи 337
        boolean words = order == Variant.Order.WORDS || order == Variant.Order.ORDINAL_WORDS;
        each.add(place != QUALIFY && words ? r.replace("части ", "частью ").replace("пункта ", "пунктом ") : r);
      }
      if (withCode && v.repeatCode() && each.size() > 1) {
        // each citation with its own full code name: only the first was read once
        return String.join(", ", each.stream().map(e -> e + " " + code).toList());
      }
      body = String.join(", ", each);
    }
    return withCode ? body + " " + code : body;
  }

  private static String render(Charge c, Variant.Order order) {
    String p = c.point();
    return switch (order) {
      case FORWARD -> (p == null ? "" : "п. «" + p + "» ") + "ч. " + c.part() + " ст. " + c.article();
      case COMPACT -> (p == null ? "" : "п.«" + p + "» ") + "ч." + c.part() + " ст." + c.article();
      case WORDS -> (p == null ? "" : "пункта «" + p + "» ") + "части " + c.part() + " статьи " + c.article();
      case CARD -> "ст. " + c.article() + " ч. " + c.part() + (p == null ? "" : " п. «" + p + "»");
      // as a real sudrf card lists it: ст.173.1 ч.2 п.б УК РФ
      case CARD_COMPACT -> "ст." + c.article() + " ч." + c.part() + (p == null ? "" : " п." + p);
      // a part as an ordinal word in an oblique case (части пятой, частью пятой): decimal parts have none
      case ORDINAL_WORDS -> (p == null ? "" : "пункта «" + p + "» ") + "части " + ordinal(c.part()) + " статьи " + c.article();
      case ORDINAL_COMPACT -> (p == null ? "" : "п. «" + p + "» ") + "ч. " + ordinal(c.part()) + " ст. " + c.article();
    };
  }

  private static final String[] ORDINALS = {"первой", "второй", "третьей", "четвертой", "пятой", "шестой", "седьмой", "восьмой",
    "девятой", "десятой"};

  private static String ordinal(String part) {
    return part.matches("\\d+") ? ORDINALS[Integer.parseInt(part) - 1] : part;
  }

  private static String crimes(List<Charge> charges) {
    return charges.size() == 1 ? "преступления, предусмотренного " : "преступлений, предусмотренных ";
  }

  private static String what(List<Charge> charges) {
    return String.join(", а также ", charges.stream().map(Charge::what).toList());
  }

  private static List<String> articles(List<Charge> charges, String code) {
    return charges.stream().map(c -> code + " " + c.article()).distinct().toList();
  }

  private static List<String> parts(List<Charge> charges, String code) {
    return charges.stream().map(c -> code + " " + c.article() + " ч." + c.part()).distinct().toList();
  }

  /** A court's name in capitals above everything, as many acts open. */
  private String heading(Court court) {
    return v.courtForm() == 1 ? named(court).toUpperCase() + "\n" : "";
  }

  private String caseLine(String number) {
    String year = number.substring(number.lastIndexOf('/') + 1);
    String head = number.substring(0, number.lastIndexOf('/'));
    return switch (v.caseNumberForm()) {
      case 1 -> "Дело№" + number + "\n";
      case 2 -> "ДЕЛО № " + head.replace("-", " - ") + "/" + year + "\n";
      case 3 -> "Дело № " + head + "/" + year.substring(2) + "\n";
      case 4 -> "Дело № " + head + "\\" + year.substring(2) + "\n";
      case 5 -> "";
      default -> "Дело № " + number + "\n";
    };
  }

  /** Where the number is given only mid-sentence ("уголовное дело № 1-44/2024 в отношении"). */
  private String numberInBody(String number) {
    return v.caseNumberForm() == 5 ? " № " + number : "";
  }

  /**
   * The place line of a court outside the registry: its town (the only source of a numbered court's region, so written
   * whatever the variant; a town-named court's place may be masked, its name still tells).
   */
  private String dateLine(LocalDate d, String town, boolean always) {
    String line = dateLine(d);
    return town == null || v.placeForm() != 0 && !always ? line : "г. " + town + " " + line.replaceFirst("^(?:<адрес>|адрес|г\\.о\\. <адрес>)\\s*", "");
  }

  private String dateLine(LocalDate d) {
    String plain = dateWords(d); // drawn whatever the variant, so every variant has the same decisions
    String date = switch (v.dateForm()) {
      case 0 -> String.format("%02d.%02d.%dг", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
      case 1 -> String.format("«%02d» %s %d года", d.getDayOfMonth(), MONTHS[d.getMonthValue() - 1], d.getYear());
      case 2 -> String.format("%d %s %dг.", d.getDayOfMonth(), MONTHS[d.getMonthValue() - 1], d.getYear());
      case 3 -> String.format("%02d.%02d.%d года", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
      case 4 -> String.format("%02d %s %d года", d.getDayOfMonth(), MONTHS[d.getMonthValue() - 1], d.getYear());
      default -> plain;
    };
    return switch (v.placeForm()) {
      case 1 -> "<адрес> " + date;
      case 2 -> "адрес " + date;
      case 3 -> "г.о. <адрес>      " + date;
      default -> date;
    };
  }

  private String bench(Court court, Names.Person judge) {
    return switch (v.courtForm()) {
      case 2 -> "Судья " + genitive(named(court)) + " " + judge.nominativeWithInitials() + ", ";
      case 3 -> named(court) + " в составе: председательствующего судьи " + judge.genitiveWithInitials() + ", ";
      default -> named(court) + " в составе председательствующего судьи " + judge.genitiveWithInitials() + ", ";
    };
  }

  /** A КоАП ruling of a district court: the administrative offences investigators count beside crimes. */
  private GeneratedDecision offence(Court court, Charge charge) {
    LocalDate d = date();
    Names.Person judge = Names.person(random);
    String number = "5-" + (1 + random.nextInt(2000)) + "/" + d.getYear();
    int fine = 10 + random.nextInt(40);
    String text = heading(court) + caseLine(number) + title("ПОСТАНОВЛЕНИЕ") + "\nпо делу об административном правонарушении\n"
        + dateLine(d) + "\n"
        + (v.courtForm() == 0 || v.courtForm() == 2 ? "Судья " + genitive(named(court)) + " " + judge.nominativeWithInitials()
            : "Судья " + judge.nominativeWithInitials() + " (" + named(court) + ")") + ", "
        + "рассмотрев в открытом судебном заседании дело" + numberInBody(number) + " об административном правонарушении, "
        + "предусмотренном " + cite(List.of(charge), CHARGE) + ", в отношении ФИО1, ДД.ММ.ГГГГ года рождения, уроженца <адрес>, "
        + "зарегистрированного по адресу: <адрес>,\n"
        + "У С Т А Н О В И Л:\n"
        + "ФИО1 ДД.ММ.ГГГГ в 12 часов 30 минут, находясь по адресу: <адрес>, совершил " + charge.what() + ".\n"
        + "В судебном заседании ФИО1 вину признал, в содеянном раскаялся. Факт правонарушения подтверждается протоколом "
        + "об административном правонарушении от ДД.ММ.ГГГГ, рапортом сотрудника полиции.\n"
        + "Действия ФИО1 судья квалифицирует по " + cite(List.of(charge), QUALIFY) + ".\n"
        + "Обстоятельств, отягчающих административную ответственность, не установлено.\n"
        + "Руководствуясь ст. ст. 29.9, 29.10 КоАП РФ, судья\n"
        + "П О С Т А Н О В И Л:\n"
        + "Признать ФИО1 виновным в совершении административного правонарушения, предусмотренного "
        + cite(List.of(charge), VERDICT) + ", и назначить ему административное наказание в виде административного штрафа в размере "
        + fine + " 000 рублей.\n"
        + "Постановление может быть обжаловано в течение 10 суток со дня вручения или получения копии постановления.\n"
        + "Судья " + judge.initialsFirst() + "\n";
    return new GeneratedDecision(null, null, null, text, court.name(), court.kind(), court.region(), d.toString(), number,
        null, "постановление", Instance.FIRST.value(), articles(List.of(charge), "КоАП РФ"), parts(List.of(charge), "КоАП РФ"),
        List.of("КоАП РФ 29.10"), judge.nominativeWithInitials(), "conviction", List.of("fine"),
        List.of(new Sentence("ФИО1", null, null, null, Punishment.FINE, null, false, null, fine * 1_000L, null, List.of(), false, false)));
  }

  private static String yearsWords(int n) {
    return switch (n) {
      case 5 -> "пять";
      case 6 -> "шесть";
      default -> "семь";
    };
  }
}
