package cn.gov.sixian.reception.identity;

import java.util.List;

/** A demo user of the default run (see demo/demo-users.json). */
record DemoUser(String id, String lastName, String firstName, String email, List<String> groups) {}
