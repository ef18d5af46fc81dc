package cn.gov.sixian.reception.history;

import com.github.f4b6a3.ulid.UlidFactory;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.springframework.stereotype.Component;

/**
 * The engine's ids: ULIDs, 26 characters (48 bits of milliseconds, 80 random) in place of the
 * starter's 36-character time-based UUIDs. Every history row carries five to eight ids, in the row
 * and again in its indexes; shorter, and growing with time so that they fill the indexes' pages in
 * order instead of splitting them at random, they took a closed case's history from 56 to 47 KB.
 * Random bits drawn at each new millisecond keep two nodes of a cluster apart without
 * coordination; within a millisecond one node counts up (decision 0010). The starter uses a
 * bean of this type in place of its own.
 */
@Component
class TimeOrderedIds implements IdGenerator {

  private final UlidFactory ulids = UlidFactory.newMonotonicInstance();

  @Override
  public String getNextId() {
    return ulids.create().toString();
  }
}
