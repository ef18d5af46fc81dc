package cn.gov.sixian.reception.identity;

import java.util.List;

/**
 * A demo user of the default run (see demo/demo-users.json). Camunda shows "first last"; for
 * Chinese staff the full name goes first and the role second, e.g. "王芳 登记员".
 */
record DemoUser(String id, String name, String role, String email, List<String> groups) {}
