package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The posts of the roster: every resident unit of the catalogue in force, the lawyer, the leader. */
@Component
class RosterPosts {

  static final String LAWYER = "lawyer";
  static final String COUNTY_LEADER = "county-leader";

  private final UnitCatalogue catalogue;

  RosterPosts(UnitCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  List<Post> all() {
    List<Post> posts = new ArrayList<>();
    for (Unit unit : catalogue.units()) {
      if (unit.resident()) {
        posts.add(new Post(unit.code(), unit.name(), unit.staffGroup(), unit.code()));
      }
    }
    posts.add(new Post(LAWYER, "值班律师", ReceptionGroups.LAWYERS, null));
    posts.add(new Post(COUNTY_LEADER, "接访县领导", ReceptionGroups.COUNTY_LEADERS, null));
    return posts;
  }

  Optional<Post> find(String code) {
    return all().stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /** The post whose people a task offered to that group belongs to, if any. */
  Optional<Post> staffedBy(String group) {
    return all().stream().filter(p -> p.group().equals(group)).findFirst();
  }

  /** The window post of a unit, empty when the unit is not resident (it keeps no window). */
  Optional<Post> windowOf(String unitCode) {
    return find(unitCode).filter(Post::isUnitWindow);
  }
}
