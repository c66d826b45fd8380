package vn.daihoi.dossier;

/** One required document of the checklist for a level and kind of congress (ALL_MEMBER or DELEGATE). */
public record DossierItem(
        long id, String level, String kind, int position, String code, String title, boolean active) {}
