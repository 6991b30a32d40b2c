package dk.pejling.org;

import dk.pejling.common.Role;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes the organisation import returns. Entities never leave the service. */
public final class OrgImportApi {

    private OrgImportApi() {
    }

    @Schema(name = "OrgImportResult", description = "What an import changes (preview) or changed (apply). Every list "
            + "is empty when the file matches the organisation as it is.")
    public record ImportResult(
            @NotNull @Schema(enumeration = {
                    "preview", "apply"}) String mode,
            @Schema(description = "true when the changes were written") boolean applied,
            @Schema(description = "Data rows read (blank lines not counted)") int rows,
            @NotNull ImportSummary summary,
            @NotNull @Schema(description = "Units created or given a new parent") List<UnitChange> units,
            @NotNull @Schema(description = "People created, updated, moved or deactivated") List<PersonChange> people,
            @NotNull @Schema(
                    description = "Logins created, given other roles, or deactivated") List<AccountChange> accounts) {
    }

    @Schema(name = "OrgImportSummary", description = "Counts of the changes. A person can be both updated and moved.")
    public record ImportSummary(int unitsCreated, int unitsMoved, int peopleCreated, int peopleUpdated,
            int peopleMoved, int peopleDeactivated,
            @Schema(description = "People in the file whose data already matched") int peopleUnchanged,
            int accountsCreated, int accountsUpdated, int accountsDeactivated) {
    }

    @Schema(name = "OrgImportUnitChange")
    public record UnitChange(@NotNull String name, @Schema(description = "Parent after the import") String parent,
            @Schema(description = "Parent before the import (MOVED only)") String previousParent,
            @NotNull UnitChangeKind change) {
    }

    @Schema(name = "OrgImportUnitChangeKind")
    public enum UnitChangeKind {
        CREATED, MOVED
    }

    @Schema(name = "OrgImportPersonChange", description = "A person whose data changes; `previous…` are set for "
            + "the fields that change.")
    public record PersonChange(@Schema(description = "Line in the file; null for a person deactivated because "
            + "they are not in it") Integer line,
            @NotNull String email, @NotNull String name, String previousName, String unit, String previousUnit,
            String managerEmail, String previousManagerEmail,
            @NotNull List<PersonChangeKind> changes) {
    }

    @Schema(name = "OrgImportPersonChangeKind", description = "CREATED: new person · NAME / EMAIL: name or spelling "
            + "of the e-mail changes (updated) · REACTIVATED: an inactive person is back (updated) · UNIT / MANAGER: "
            + "moved to another unit or leader (moved) · DEACTIVATED: not in the file")
    public enum PersonChangeKind {
        CREATED, NAME, EMAIL, REACTIVATED, UNIT, MANAGER, DEACTIVATED
    }

    @Schema(name = "OrgImportAccountChange")
    public record AccountChange(@NotNull String email, @NotNull List<Role> roles, @NotNull List<Role> previousRoles,
            @NotNull AccountChangeKind change) {
    }

    @Schema(name = "OrgImportAccountChangeKind", description = "CREATED: a new login without a password yet · "
            + "UPDATED: other roles (or reactivated) · DEACTIVATED: no roles left, or the person is deactivated")
    public enum AccountChangeKind {
        CREATED, UPDATED, DEACTIVATED
    }
}
