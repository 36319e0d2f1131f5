#include "passwordhash.h"

#include "domain/errors.h"

#include <sodium.h>

namespace fd::password {

namespace {
void ensureSodium()
{
    // sodium_init() is thread-safe and idempotent (0 = started now, 1 = already was).
    if (sodium_init() < 0)
        throw Error(QStringLiteral("The password library (libsodium) could not start"));
}
} // namespace

QString hash(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        throw Error(QStringLiteral("Not enough memory to hash a password (Argon2id needs 64 MiB)"));
    return QString::fromLatin1(out);
}

bool verify(const QString &stored, const QString &password)
{
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    ensureSodium();
    const QByteArray hashed = stored.toLatin1(); // NUL-terminated by QByteArray
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hashed.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool needsRehash(const QString &stored)
{
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return true;
    ensureSodium();
    const QByteArray hashed = stored.toLatin1();
    // 1 = other parameters, -1 = not an Argon2id string this library reads: both re-hash.
    return crypto_pwhash_str_needs_rehash(hashed.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
           != 0;
}

} // namespace fd::password
