package org.courtsearch.testkit;

import java.util.List;
import java.util.Random;

/** Surnames and initials for generated judges and participants, with the case forms a decision needs. */
final class Names {
  private static final List<String> SURNAMES = List.of(
      "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Федоров",
      "Морозов", "Волков", "Алексеев", "Лебедев", "Семенов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
      "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьев", "Борисов", "Яковлев", "Григорьев",
      "Романов", "Воробьев", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королев", "Гусев", "Киселев",
      "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалев", "Белов", "Медведев", "Антонов", "Тарасов");
  private static final String INITIALS = "АБВГДЕИКЛМНОПРСТЮЯ";

  private Names() {}

  /** A person: surname (masculine base), initials, sex. */
  record Person(String base, String initials, boolean female) {
    String nominative() {
      return female ? base + "а" : base;
    }

    String genitive() {
      return female ? base + "ой" : base + "а";
    }

    /** "Иванова Е.П." */
    String nominativeWithInitials() {
      return nominative() + " " + initials;
    }

    /** "Е.П. Иванова" */
    String initialsFirst() {
      return initials + " " + nominative();
    }

    String genitiveWithInitials() {
      return genitive() + " " + initials;
    }
  }

  static Person person(Random random) {
    String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
    String initials = INITIALS.charAt(random.nextInt(INITIALS.length())) + "." + INITIALS.charAt(random.nextInt(INITIALS.length())) + ".";
    return new Person(surname, initials, random.nextInt(3) == 0);
  }
}
