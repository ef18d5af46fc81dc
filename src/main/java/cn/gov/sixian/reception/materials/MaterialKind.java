package cn.gov.sixian.reception.materials;

/** What a material is (附件类别): a fixed list, so that the file can be sorted and counted. */
enum MaterialKind {
  LETTER("来信"),
  PHOTO("照片"),
  EVIDENCE("证据材料"),
  SIGNED_COMMITMENT("息访承诺书（已签字）"),
  SEALED_UNIT_REPLY("单位答复（盖章）"),
  OTHER("其他");

  private final String label;

  MaterialKind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
