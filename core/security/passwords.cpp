#include "passwords.h"

#include <sodium.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kassa {

bool initializeCrypto()
{
    return sodium_init() >= 0;
}

QString hashSecret(const QString &secret, HashStrength strength)
{
    const QByteArray utf8 = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops = strength == HashStrength::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const size_t mem = strength == HashStrength::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return {};
    }
    return QString::fromLatin1(out);
}

bool verifySecret(const QString &encodedHash, const QString &secret)
{
    const QByteArray hash = encodedHash.toLatin1();
    const QByteArray utf8 = secret.toUtf8();
    if (hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES) {
        return false;
    }
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool secretNeedsRehash(const QString &encodedHash)
{
    const QByteArray hash = encodedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(hash.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString pinProblem(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8) {
        return u"a PIN has 4 to 8 digits"_s;
    }
    if (!std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        return u"a PIN has digits only"_s;
    }
    return {};
}

QString tokenDigest(const QString &token)
{
    const QByteArray utf8 = token.toUtf8();
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()), reinterpret_cast<const unsigned char *>(utf8.constData()),
                       quint64(utf8.size()), nullptr, 0);
    return QString::fromLatin1(digest.toHex());
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace kassa
