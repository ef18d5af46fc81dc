package cn.gov.sixian.reception.routing;

import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import java.util.Map;

/** Builds the routing and reception beans for plain-engine tests, by bean name. */
public final class RoutingTestBeans {

  private RoutingTestBeans() {}

  public static Map<String, Object> beans(UnitCatalogue catalogue, CaseRegister register) {
    return Map.of(
        "routingSuggestionListener",
            new RoutingSuggestionListener(catalogue, new RoutingOptions(catalogue)),
        "routingConfirmationListener", new RoutingConfirmationListener(catalogue, register),
        "leaderReceptionListener", new LeaderReceptionListener(),
        "faceToFaceReceptionListener", new FaceToFaceReceptionListener());
  }
}
