package dk.pejling.survey;

import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkApi.StatementDto;
import dk.pejling.framework.FrameworkApi.ValueDto;
import dk.pejling.framework.FrameworkService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The survey of a framework version: its values and statements in order, with each statement's place. Rounds use
 * published versions only, which never change, so each version is read once and kept.
 */
@ApplicationScoped
class SurveyForm {

    /** A statement's place: its value, its index among all the version's statements, its position in the value. */
    record Place(UUID statementId, UUID valueId, int index, int valueIndex, int position) {
    }

    record Form(UUID versionId, FrameworkDto framework, List<Place> statements, Map<UUID, Place> byStatement,
            Map<UUID, Integer> valueIndex) {

        Place at(int index) {
            return statements.get(index);
        }

        UUID valueAt(int index) {
            return framework.values().get(index).id();
        }
    }

    private static final int MAX_KEPT = 500;

    private final FrameworkService frameworks;
    private final Map<UUID, Form> forms = new ConcurrentHashMap<>();

    SurveyForm(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    Optional<Form> of(UUID organisationId, UUID versionId) {
        Form form = forms.get(versionId);
        if (form != null) {
            return Optional.of(form);
        }
        Optional<Form> loaded = frameworks.version(organisationId, versionId).map(SurveyForm::form);
        loaded.ifPresent(f -> {
            if (forms.size() >= MAX_KEPT) {
                forms.clear();
            }
            forms.put(versionId, f);
        });
        return loaded;
    }

    private static Form form(FrameworkDto framework) {
        List<Place> places = new ArrayList<>();
        Map<UUID, Place> byStatement = new HashMap<>();
        Map<UUID, Integer> valueIndex = new HashMap<>();
        for (int v = 0; v < framework.values().size(); v++) {
            ValueDto value = framework.values().get(v);
            valueIndex.put(value.id(), v);
            for (int p = 0; p < value.statements().size(); p++) {
                StatementDto statement = value.statements().get(p);
                Place place = new Place(statement.id(), value.id(), places.size(), v, p);
                places.add(place);
                byStatement.put(statement.id(), place);
            }
        }
        return new Form(framework.id(), framework, List.copyOf(places), Map.copyOf(byStatement),
                Map.copyOf(valueIndex));
    }
}
