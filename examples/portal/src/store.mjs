// SPDX-License-Identifier: MIT
// The portal's submission store: an embedded SQLite database (sql.js, WebAssembly) persisted to one file.
//
// Idempotency: `submission_id` is UNIQUE, and every insert is `INSERT … ON CONFLICT DO NOTHING` inside one
// synchronous transaction. Node runs one transaction at a time and sql.js never yields inside one, so two
// concurrent requests with the same id cannot both insert: the second sees the first's row and gets its receipt.
//
// Durability: sql.js keeps the database in memory; `flush()` writes a full snapshot (db.export()) to a temporary
// file and renames it over the database file, so a crash leaves the old or the new file, never half of one.
// Writes are group-committed: every request awaits a flush that started after its own write, and one snapshot
// serves all the writes made while the previous one was being written.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import initSqlJs from 'sql.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS submissions (
  id                 INTEGER PRIMARY KEY,
  submission_id      TEXT NOT NULL UNIQUE,
  form_id            TEXT NOT NULL,
  form_version       TEXT NOT NULL,
  bundle_id          TEXT,
  filing_id          TEXT,
  owner              TEXT,
  digest             TEXT NOT NULL,
  envelope           TEXT NOT NULL,
  signature          TEXT NOT NULL,
  key_id             TEXT NOT NULL,
  received_at        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS submissions_filing ON submissions (filing_id);
CREATE TABLE IF NOT EXISTS signing_keys (
  kid                TEXT PRIMARY KEY,
  public_jwk         TEXT NOT NULL,
  created_at         TEXT NOT NULL
);`;

/**
 * True when a stored row and a new one are the same submission: a resubmission by its owner, of the same form
 * version and data. Anything else under the same id is a conflict, decided inside the transaction so that a batch
 * is stored all or none (checking the owner after the commit would leave the batch's other rows stored).
 */
const sameSubmission = (stored, row) =>
  stored.digest === row.digest && stored.owner === (row.owner ?? null) && stored.form_id === row.form_id && stored.form_version === row.form_version;

const COLUMNS = ['submission_id', 'form_id', 'form_version', 'bundle_id', 'filing_id', 'owner', 'digest', 'envelope', 'signature', 'key_id', 'received_at'];

/** @typedef {{submission_id: string, form_id: string, form_version: string, bundle_id: string|null, filing_id: string|null, owner: string|null, digest: string, envelope: string, signature: string, key_id: string, received_at: string}} SubmissionRow */

/**
 * Opens (or creates) the store. `file` null keeps it in memory only (tests).
 * @param {string|null} file
 */
export async function openStore(file) {
  const SQL = await initSqlJs();
  const db = file && existsSync(file) ? new SQL.Database(readFileSync(file)) : new SQL.Database();
  db.run(SCHEMA);

  let version = 0; // bumped by every write
  let persisted = 0; // the version the file holds
  /** @type {Promise<void>|null} */
  let writing = null;

  const all = (sql, params = []) => {
    const stmt = db.prepare(sql);
    try {
      stmt.bind(params);
      const rows = [];
      while (stmt.step()) rows.push(stmt.getAsObject());
      return rows;
    } finally {
      stmt.free();
    }
  };

  const snapshot = async () => {
    const v = version;
    const bytes = db.export(); // synchronous: a consistent point between transactions
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, file);
    persisted = v;
  };

  const store = {
    file,

    /** Resolves once every write made before the call is on disk. */
    async flush() {
      if (!file) return;
      const target = version;
      while (persisted < target) {
        if (!writing) {
          mkdirSync(dirname(file), { recursive: true });
          writing = snapshot().finally(() => {
            writing = null;
          });
        }
        await writing;
      }
    },

    /**
     * Inserts rows atomically unless their submission ids exist. Returns `{conflict}` (the stored row whose id
     * matches but whose owner, form, version or data digest differs; nothing of the batch is written) or
     * `{results}` with, per row, `inserted` or `duplicate` (same id, owner, form, version and data: the stored row
     * is returned and nothing is written).
     * @param {SubmissionRow[]} rows
     * @returns {{conflict: SubmissionRow} | {results: Array<{status: 'inserted'|'duplicate', row: SubmissionRow}>}}
     */
    insertAll(rows) {
      const results = [];
      db.run('BEGIN');
      try {
        for (const row of rows) {
          db.run(
            `INSERT INTO submissions (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')}) ON CONFLICT(submission_id) DO NOTHING`,
            COLUMNS.map((c) => row[c] ?? null),
          );
          if (db.getRowsModified() === 1) results.push({ status: 'inserted', row });
          else {
            const existing = store.get(row.submission_id);
            results.push({ status: sameSubmission(existing, row) ? 'duplicate' : 'conflict', row: existing });
          }
        }
        const conflict = results.find((r) => r.status === 'conflict');
        if (conflict) {
          db.run('ROLLBACK');
          return { conflict: conflict.row };
        }
        db.run('COMMIT');
      } catch (e) {
        db.run('ROLLBACK');
        throw e;
      }
      if (results.some((r) => r.status === 'inserted')) version++;
      return { results };
    },

    /** @returns {SubmissionRow|undefined} */
    get(submissionId) {
      return all('SELECT * FROM submissions WHERE submission_id = ?', [submissionId])[0];
    },

    /** @returns {SubmissionRow[]} */
    byFiling(filingId) {
      return all('SELECT * FROM submissions WHERE filing_id = ? ORDER BY id', [filingId]);
    },

    /** @returns {SubmissionRow[]} */
    list() {
      return all('SELECT * FROM submissions ORDER BY id');
    },

    count() {
      return Number(all('SELECT COUNT(*) AS n FROM submissions')[0].n);
    },

    addKey(kid, publicJwk) {
      db.run('INSERT INTO signing_keys (kid, public_jwk, created_at) VALUES (?, ?, ?) ON CONFLICT(kid) DO NOTHING', [
        kid,
        JSON.stringify(publicJwk),
        new Date().toISOString(),
      ]);
      version++;
    },

    /** Every public key the portal ever signed with, so old receipts stay verifiable after a restart. */
    keys() {
      return all('SELECT kid, public_jwk FROM signing_keys ORDER BY created_at').map((r) => ({ ...JSON.parse(r.public_jwk), kid: r.kid }));
    },

    async close() {
      await store.flush();
      db.close();
    },
  };
  return store;
}
