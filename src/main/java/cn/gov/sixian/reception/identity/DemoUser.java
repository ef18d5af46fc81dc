package cn.gov.sixian.reception.identity;

import java.util.List;

/**
 * A demo user of the default run (see demo/demo-users.json): a person with a surname and a given
 * name, stored as Camunda's last and first name; the role is the user's group, not part of the
 * name.
 */
record DemoUser(String id, String surname, String givenName, String email, List<String> groups) {}
