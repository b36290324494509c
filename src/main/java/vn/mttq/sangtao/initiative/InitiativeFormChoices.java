package vn.mttq.sangtao.initiative;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.Folding;
import vn.mttq.sangtao.shared.process.FormChoiceContext;
import vn.mttq.sangtao.shared.process.FormChoices;
import vn.mttq.sangtao.shared.process.Picker;
import vn.mttq.sangtao.shared.process.Picker.Choice;
import vn.mttq.sangtao.shared.security.AsSystem;
import vn.mttq.sangtao.shared.security.PersonNames;
import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * The initiative's forms by names: the council's members and chair picked from the people of the receiving
 * committee and of the units right below it; the earlier initiative picked from the similar ones found.
 */
@Configuration(proxyBeanMethods = false)
class InitiativeFormChoices {

  static final String NAME_COUNCIL_FORM = "nameCouncil";

  @Bean
  FormChoices councilChoices(InitiativeReviewService review, UnitService units, IdentityService identityService,
      Clock clock) {
    return new FormChoices() {
      @Override
      public String formKey() {
        return NAME_COUNCIL_FORM;
      }

      @Override
      public Map<String, Picker> choices(FormChoiceContext context) {
        if (context.task() == null) {
          return Map.of();
        }
        Initiative initiative = review.find(InitiativeReviewProcess.INITIATIVE_ID.from(context.task()));
        UnitView receiving = review.receiving(initiative);
        List<UnitView> around = new ArrayList<>(List.of(receiving));
        around.addAll(units.children(receiving.code(), BusinessTime.today(clock)));
        Map<String, Choice> people = new LinkedHashMap<>();
        for (UnitView unit : around) {
          for (String group : List.of(UnitGroups.leaders(unit.code()), UnitGroups.staff(unit.code()))) {
            String role = group.endsWith(UnitGroups.LEADERS_SUFFIX) ? "Lãnh đạo" : "Cán bộ";
            List<User> members = AsSystem.call(identityService,
                () -> identityService.createUserQuery().memberOfGroup(group).list());
            for (User user : members) {
              String name = PersonNames.fullName(user);
              people.putIfAbsent(user.getId(), Choice.of(user.getId(), name == null ? user.getId() : name,
                  role + " — " + unit.name(), unit.name()));
            }
          }
        }
        List<Choice> options = people.values().stream()
            .sorted(java.util.Comparator.comparing((Choice c) -> !c.group().equals(receiving.name()))
                .thenComparing(Choice::group, Folding.VIETNAMESE).thenComparing(Choice::label, Folding.VIETNAMESE))
            .toList();
        Map<String, Picker> pickers = new LinkedHashMap<>();
        pickers.put("councilMembers", Picker.several("\n", null, options).oneByOne());
        pickers.put("councilChair", Picker.oneOf("councilMembers", options));
        return pickers;
      }
    };
  }

  @Bean
  FormChoices preCheckChoices(InitiativeService initiatives) {
    return new FormChoices() {
      @Override
      public String formKey() {
        return PreCheckOpening.FORM;
      }

      @Override
      public Map<String, Picker> choices(FormChoiceContext context) {
        if (context.task() == null) {
          return Map.of();
        }
        List<Choice> similar = initiatives.similar(InitiativeReviewProcess.INITIATIVE_ID.from(context.task()), 5)
            .stream().map(s -> Choice.of(s.trackingCode(), s.title(), "giống " + s.similarityPercent() + "% · "
                + s.trackingCode() + " · " + s.receivingUnitName() + ", " + s.year() + " · " + s.statusLabel(), null))
            .toList();
        return Map.of("earlierTrackingCode", Picker.one(similar));
      }
    };
  }
}
