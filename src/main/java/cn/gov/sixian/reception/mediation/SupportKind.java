package cn.gov.sixian.reception.mediation;

/** Help that staff can ask for beside any tier of mediation. */
enum SupportKind {
  /** Legal consultation by the lawyer on duty (值班律师). */
  LEGAL("法律咨询"),
  /** Social mediators join the mediation (两代表一委员、乡贤、“五老”). */
  SOCIAL("社会调解");

  private final String label;

  SupportKind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
