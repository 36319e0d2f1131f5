#pragma once

#include <QString>

namespace fd::password {

// Password hashing for sign-in on the embedded SQLite database: Argon2id through
// libsodium (crypto_pwhash_str) at its "interactive" cost (2 passes over 64 MiB, about
// a tenth of a second), the format "$argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>" that
// carries its own salt and parameters. On PostgreSQL FunnelDesk never hashes or stores a
// password: the server's own login (scram-sha-256) is the password there.

// Characters a password must have at least / may have at most (a megabyte is refused).
constexpr int kMinLength = 8;
constexpr int kMaxLength = 1024;

// A new salted hash of `password` (UTF-8). Throws fd::Error when libsodium cannot start
// or the memory the hash needs is not available.
QString hash(const QString &password);

// Whether `password` matches `stored`, in time independent of where they differ. False
// for an empty or malformed `stored` (a user without a password cannot sign in).
bool verify(const QString &stored, const QString &password);

// Whether `stored` was made with other parameters than hash() uses now (an older, cheaper
// setting): the caller then stores hash(password) while it still has the password.
bool needsRehash(const QString &stored);

} // namespace fd::password
