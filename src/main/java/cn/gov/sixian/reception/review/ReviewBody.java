package cn.gov.sixian.reception.review;

/**
 * A body that reviews ({@code review_body}): inside the county it is a group in the engine
 * ({@link #group()}) that works the review in Tasklist; outside, the center sends the request
 * and enters the reply.
 *
 * @param higherBodyCode the body that re-reviews what this body reviewed, null for none
 */
public record ReviewBody(String code, String name, boolean inCounty, String higherBodyCode,
    String email) {

  private static final String GROUP_PREFIX = "body-";

  /** The candidate group of the body's reviews, for a body inside the county. */
  public String group() {
    return GROUP_PREFIX + code;
  }

  /** The group's Chinese name. */
  public String groupName() {
    return name + "（复查复核）";
  }
}
