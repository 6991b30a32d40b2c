package dk.pejling.framework;

/** DRAFT is editable; PUBLISHED and ARCHIVED are frozen forever. A framework has at most one of each of the first two. */
public enum VersionStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
