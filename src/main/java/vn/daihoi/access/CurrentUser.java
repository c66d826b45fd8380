package vn.daihoi.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as kept in the (database-stored) session. Roles are not kept here: they are read
 * at each check, so a revoked role takes effect at once on every app node.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String fullName;
    private final long orgId;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private String passwordHash;

    public CurrentUser(
            long id,
            String username,
            String fullName,
            long orgId,
            String passwordHash,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword) {
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.orgId = orgId;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    public long id() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public long orgId() {
        return orgId;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    CurrentUser withPasswordChanged() {
        return new CurrentUser(id, username, fullName, orgId, null, enabled, locked, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurrentUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + "]";
    }
}
