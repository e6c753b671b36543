package io.github.lede.extract.dates;

/** The parts of the day a date may name ("Wednesday morning", "tonight"), with TimeML's codes. */
enum PartOfDay {
  MORNING("MO"), AFTERNOON("AF"), EVENING("EV"), NIGHT("NI");

  /** TimeML's code: {@code 2024-06-19TMO}. */
  final String code;

  PartOfDay(String code) {
    this.code = code;
  }
}
