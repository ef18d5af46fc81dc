package cn.gov.sixian.reception.handling;

/** What the unit does in 办理并书面答复. */
enum HandlingAction {
  REPLY,
  EXTEND
}
