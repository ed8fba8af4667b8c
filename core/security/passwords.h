#pragma once

#include <QByteArray>
#include <QString>

namespace kassa {

// Password and PIN hashing with argon2id (libsodium's crypto_pwhash_str), and the random tokens and
// constant-time comparisons the server's sessions need. Call initializeCrypto() once at start-up.
bool initializeCrypto();

enum class HashStrength {
    Interactive, // sign-in passwords: libsodium's interactive limits (64 MiB, 2 passes)
    Minimum, // demo data and tests only, where thousands of accounts are made at once
};

// An encoded argon2id string ($argon2id$v=19$m=…), or empty when the hash could not be made.
QString hashSecret(const QString &secret, HashStrength strength = HashStrength::Interactive);
bool verifySecret(const QString &encodedHash, const QString &secret);
// True when the hash was made with weaker limits than Interactive and should be re-hashed at the
// next successful sign-in.
bool secretNeedsRehash(const QString &encodedHash);

// 256 random bits, URL-safe base64 without padding: bearer tokens, enrolment codes, cart tokens.
QString randomToken();
// A staff PIN must be 4–8 digits; returns an empty string when fine, otherwise why not.
QString pinProblem(const QString &pin);
// BLAKE2b of a token, hex: what the database stores instead of the token itself.
QString tokenDigest(const QString &token);
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace kassa
