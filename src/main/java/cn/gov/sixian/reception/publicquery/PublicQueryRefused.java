package cn.gov.sixian.reception.publicquery;

/** A refusal of the public page: its HTTP status and the Chinese sentence the page shows. */
class PublicQueryRefused extends RuntimeException {

  private final int status;

  PublicQueryRefused(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
