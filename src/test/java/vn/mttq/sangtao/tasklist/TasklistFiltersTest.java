package vn.mttq.sangtao.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.SpringTest;

/**
 * The filters as Tasklist lists them for a ward's leader (the same call Tasklist makes, with their counts): the unit's
 * work comes first, so it is what the leader lands on, and every filter shows how many tasks it holds.
 */
@SpringTest
class TasklistFiltersTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService taskService;
  @Autowired
  org.camunda.bpm.engine.IdentityService identityService;

  @Test
  void aLeaderLandsOnTheUnitsWorkAndEveryFilterShowsItsCount() throws Exception {
    JsonNode filters = new ObjectMapper().readTree(Http.as(rest, "dn.lanhdao")
        .get("/engine-rest/filter?resourceType=Task&itemCount=true").getBody());
    java.util.Map<String, Integer> priorities = new java.util.HashMap<>();
    java.util.Map<String, Long> counts = new java.util.HashMap<>();
    filters.forEach(filter -> {
      priorities.put(filter.path("name").asText(), filter.path("properties").path("priority").asInt());
      counts.put(filter.path("name").asText(), filter.path("itemCount").asLong(-1));
    });

    // Tasklist opens the filter of the lowest priority
    assertThat(priorities.entrySet().stream().min(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey())
        .isEqualTo(TasklistFilters.UNIT);
    assertThat(counts).containsKeys(TasklistFilters.UNIT, TasklistFilters.MINE, TasklistFilters.DUE_SOON,
        TasklistFilters.OVERDUE).allSatisfy((name, count) -> assertThat(count).as(name).isNotNegative());
    java.util.List<String> groups = identityService.createGroupQuery().groupMember("dn.lanhdao").list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    assertThat(counts.get(TasklistFilters.UNIT)).isEqualTo(taskService.createTaskQuery().taskCandidateGroupIn(groups)
        .includeAssignedTasks().count());
  }
}
