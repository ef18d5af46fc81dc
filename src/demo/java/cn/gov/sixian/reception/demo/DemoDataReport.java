package cn.gov.sixian.reception.demo;

import java.util.List;
import java.util.Map;

/**
 * What the demo data generator made: per demo case its number and the stage it was meant to reach
 * (a task definition key, or "closed"), and anything that did not go as planned.
 */
public record DemoDataReport(
    Map<String, String> caseNumbers, Map<String, String> intendedStages, List<String> problems) {}
