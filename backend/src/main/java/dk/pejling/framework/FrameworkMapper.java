package dk.pejling.framework;

import dk.pejling.framework.FrameworkApi.FrameworkDto;
import dk.pejling.framework.FrameworkApi.StatementDto;
import dk.pejling.framework.FrameworkApi.SummaryDto;
import dk.pejling.framework.FrameworkApi.ValueDto;
import dk.pejling.framework.FrameworkApi.VersionRef;
import java.util.List;

/** Entities to API records, at the edge. */
final class FrameworkMapper {

    private FrameworkMapper() {
    }

    static FrameworkDto toDto(FrameworkVersion v, List<FrameworkVersion> versions) {
        return new FrameworkDto(v.id, v.framework.id, v.number, v.status, v.name, v.description,
                v.framework.templateKey, v.createdAt, v.updatedAt, v.publishedAt,
                v.values.stream().map(FrameworkMapper::toDto).toList(),
                versions.stream().map(o -> new VersionRef(o.id, o.number, o.status, o.publishedAt)).toList());
    }

    static SummaryDto toSummary(FrameworkVersion v) {
        return new SummaryDto(v.id, v.framework.id, v.number, v.status, v.name, v.framework.templateKey,
                v.values.size(), v.statementCount(), v.updatedAt, v.publishedAt);
    }

    private static ValueDto toDto(FrameworkValue v) {
        return new ValueDto(v.id, v.title, v.titleEn, v.description, v.descriptionEn, v.kodeksPoint,
                v.statements.stream()
                        .map(s -> new StatementDto(s.id, s.identityKey, s.text, s.selfText, s.textEn, s.selfTextEn))
                        .toList(),
                v.respondentTitle, v.respondentTitleEn);
    }
}
