package vn.daihoi.org;

import org.springframework.stereotype.Component;
import vn.daihoi.audit.SubtreeFilter;

/** The log's subtree filter, written by the tree's owner. */
@Component
class SubtreeFilterAdapter implements SubtreeFilter {

    @Override
    public String withinAnyRoot(String orgIdColumn) {
        return OrgSql.within(orgIdColumn, "= any(?)");
    }
}
