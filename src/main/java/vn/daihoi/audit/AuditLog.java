package vn.daihoi.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.daihoi.platform.ChainKey;
import vn.daihoi.platform.ChainTexts;

/**
 * The one audit writer. {@link #record} joins the caller's transaction (it refuses to run outside
 * one), so the entry commits or rolls back with the change it describes. Appends are serialised
 * by a transaction-scoped advisory lock, which also holds across several app nodes. Each entry and the log's
 * head carry an HMAC with the server secret ({@link ChainKey}, ADR 0008).
 */
@Service
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final long CHAIN_LOCK = 0x4441_4948_4f49L; // "DAIHOI"

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChainKey key;
    private final SubtreeFilter subtrees;

    AuditLog(JdbcClient jdbc, Clock clock, ChainKey key, SubtreeFilter subtrees) {
        this.subtrees = subtrees;
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = key;
    }

    /**
     * What happened, to what, in which part of the tree; {@code details} is free text, or JSON written from a map
     * ({@link #withDetails(Map)}: never concatenate JSON by hand).
     */
    public record Change(
            String action, String entityType, String entityId, Long orgId, String summary, String details) {

        /** Keys in alphabetical order, so that the same details always read the same; dates as yyyy-MM-dd. */
        private static final JsonMapper JSON = JsonMapper.builder()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();

        public Change {
            if (action == null || entityType == null || summary == null) {
                throw new IllegalArgumentException("action, entityType and summary are required");
            }
        }

        public static Change of(String action, String entityType, Object entityId, Long orgId, String summary) {
            return new Change(action, entityType, entityId == null ? null : entityId.toString(), orgId, summary, null);
        }

        public Change withDetails(String details) {
            return new Change(action, entityType, entityId, orgId, summary, details);
        }

        /** The details as a JSON object: {@code .withDetails(Map.of("round", round, "plannedOn", plannedOn))}. */
        public Change withDetails(Map<String, ?> details) {
            return withDetails(JSON.writeValueAsString(details));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(Change change) {
        return record(currentActor(), change);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(String actor, Change change) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
        record Last(String hash, long entries) {}
        Last last = jdbc.sql("""
                        select (select hash from audit_entry order by id desc limit 1) as hash,
                               coalesce((select entries from audit_head where id = 1), 0) as entries""").query(Last.class).single();
        String prev = last.hash() == null ? GENESIS : last.hash();
        long id = jdbc.sql("select nextval('audit_entry_id_seq')")
                .query(Long.class)
                .single();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = hash(prev, id, at, actor, change);
        long entries = last.entries() + 1;
        // the entry (MAC'd with the server secret) and the MAC'd head in one statement: a tail deleted behind the
        // application then falls short of the head, which nobody without the secret can lower
        jdbc.sql("""
            with entry as (
                insert into audit_entry (id, at, actor, action, entity_type, entity_id, org_id, summary, details,
                                         prev_hash, hash, mac)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))
            insert into audit_head (id, entries, last_id, last_hash, mac) values (1, ?, ?, ?, ?)
            on conflict (id) do update set entries = excluded.entries, last_id = excluded.last_id,
                                           last_hash = excluded.last_hash, mac = excluded.mac
            """)
                .params(
                        id,
                        Timestamp.from(at),
                        actor,
                        change.action(),
                        change.entityType(),
                        change.entityId(),
                        change.orgId(),
                        change.summary(),
                        change.details(),
                        prev,
                        hash,
                        key.mac(hash),
                        entries,
                        id,
                        hash,
                        key.mac(ChainTexts.auditHead(entries, id, hash)))
                .update();
        return new AuditEntry(
                id,
                at,
                actor,
                change.action(),
                change.entityType(),
                change.entityId(),
                change.orgId(),
                change.summary(),
                change.details(),
                prev,
                hash);
    }

    /** The user behind the current request, or {@code system} for start-up and command-line work. */
    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    static String hash(String prev, long id, Instant at, String actor, Change c) {
        String canonical = String.join(
                "\u001f",
                prev,
                Long.toString(id),
                at.toString(),
                actor,
                c.action(),
                c.entityType(),
                nz(c.entityId()),
                c.orgId() == null ? "" : c.orgId().toString(),
                c.summary(),
                nz(c.details()));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hash(AuditEntry e) {
        return hash(
                e.prevHash(),
                e.id(),
                e.at(),
                e.actor(),
                new Change(e.action(), e.entityType(), e.entityId(), e.orgId(), e.summary(), e.details()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Entries matching a filter, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditQuery query) {
        return AuditQueries.find(jdbc, subtrees, query);
    }

    /** Walks the whole chain in order and reports the first entry that breaks it, if any. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        return verify(null);
    }

    /**
     * Walks the whole chain (hashes and MACs) and checks it ends at the MAC'd head and, if given, reaches the
     * {@code expected} head (written down or printed earlier): a deleted tail shows as {@code missingTail}.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify(ChainVerification.ExpectedHead expected) {
        return new ChainWalk(jdbc, key).verify(expected);
    }

    /**
     * The seal of a chain's entries written before chains were keyed ({@code "keying:<round>"} for an entry log),
     * read only when its MAC verifies; empty when there is none (the chain was keyed from its first entry).
     */
    public Optional<LegacySeal> legacySeal(String chain) {
        return ChainWalk.seal(jdbc, key, chain);
    }
}
