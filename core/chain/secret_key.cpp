#include "secret_key.h"

#include "errors.h"
#include "hex.h"
#include "keccak.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cryptopp/aes.h>
#include <cryptopp/misc.h>
#include <cryptopp/modes.h>
#include <cryptopp/pwdbased.h>
#include <cryptopp/scrypt.h>
#include <cryptopp/secblock.h>
#include <cryptopp/sha.h>

#include <algorithm>
#include <cstring>

namespace meterdesk::chain {

namespace {

constexpr int kDerivedKeySize = 32;

QByteArray hexField(const QJsonObject& object, const char* name) {
    const QString text = object.value(QLatin1String(name)).toString();
    if (text.isEmpty())
        throwInvalidInput(QStringLiteral("keystore lacks %1").arg(QLatin1String(name)));
    return bytesFromHex(text, QString::fromLatin1(name));
}

std::uint64_t positiveField(const QJsonObject& object, const char* name) {
    const double value = object.value(QLatin1String(name)).toDouble();
    if (!(value >= 1 && value <= 4294967296.0))
        throwInvalidInput(QStringLiteral("keystore kdfparams.%1 must be a positive integer")
                              .arg(QLatin1String(name)));
    return static_cast<std::uint64_t>(value);
}

const CryptoPP::byte* bytesOf(const QByteArray& bytes) {
    return reinterpret_cast<const CryptoPP::byte*>(bytes.constData());
}

CryptoPP::SecByteBlock deriveKey(const QJsonObject& crypto, const QByteArray& password) {
    const QString kdf = crypto.value(QLatin1String("kdf")).toString();
    const QJsonObject params = crypto.value(QLatin1String("kdfparams")).toObject();
    if (params.value(QLatin1String("dklen")).toInt() != kDerivedKeySize)
        throwInvalidInput(QStringLiteral("keystore kdfparams.dklen must be 32"));
    const QByteArray salt = hexField(params, "salt");
    CryptoPP::SecByteBlock derived(kDerivedKeySize);
    if (kdf == QLatin1String("scrypt")) {
        CryptoPP::Scrypt scrypt;
        scrypt.DeriveKey(derived, derived.size(), bytesOf(password),
                         static_cast<std::size_t>(password.size()), bytesOf(salt),
                         static_cast<std::size_t>(salt.size()), positiveField(params, "n"),
                         static_cast<CryptoPP::word64>(positiveField(params, "r")),
                         static_cast<CryptoPP::word64>(positiveField(params, "p")));
    } else if (kdf == QLatin1String("pbkdf2")) {
        if (params.value(QLatin1String("prf")).toString() != QLatin1String("hmac-sha256"))
            throwInvalidInput(QStringLiteral("keystore pbkdf2 prf must be hmac-sha256"));
        CryptoPP::PKCS5_PBKDF2_HMAC<CryptoPP::SHA256> pbkdf2;
        pbkdf2.DeriveKey(derived, derived.size(), 0, bytesOf(password),
                         static_cast<std::size_t>(password.size()), bytesOf(salt),
                         static_cast<std::size_t>(salt.size()),
                         static_cast<unsigned int>(positiveField(params, "c")));
    } else {
        throwInvalidInput(
            QStringLiteral("keystore kdf must be scrypt or pbkdf2, not '%1'").arg(kdf));
    }
    return derived;
}

} // namespace

SecretKey SecretKey::fromHex(QStringView text) {
    const QStringView trimmed = text.trimmed();
    const QStringView digits =
        trimmed.startsWith(u"0x") || trimmed.startsWith(u"0X") ? trimmed.mid(2) : trimmed;
    const bool allHex = std::all_of(digits.begin(), digits.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
    if (digits.size() != 2 * kSize || !allHex)
        throwInvalidInput(
            QStringLiteral("private key must be 64 hex digits (optionally after 0x)"));
    QByteArray bytes = QByteArray::fromHex(digits.toLatin1());
    SecretKey key = fromBytes(bytes);
    CryptoPP::SecureWipeBuffer(reinterpret_cast<CryptoPP::byte*>(bytes.data()),
                               static_cast<std::size_t>(bytes.size()));
    return key;
}

SecretKey SecretKey::fromBytes(QByteArrayView bytes) {
    if (bytes.size() != kSize)
        throwInvalidInput(QStringLiteral("private key must be 32 bytes"));
    SecretKey key;
    std::memcpy(key.bytes_.data(), bytes.data(), kSize);
    return key;
}

SecretKey SecretKey::fromKeystore(QByteArrayView json, QStringView password) {
    const QJsonObject root = QJsonDocument::fromJson(json.toByteArray()).object();
    if (root.value(QLatin1String("version")).toInt() != 3)
        throwInvalidInput(QStringLiteral("keystore must be a version 3 JSON keystore"));
    const QJsonObject crypto = root.contains(QLatin1String("crypto"))
                                   ? root.value(QLatin1String("crypto")).toObject()
                                   : root.value(QLatin1String("Crypto")).toObject();
    if (crypto.value(QLatin1String("cipher")).toString() != QLatin1String("aes-128-ctr"))
        throwInvalidInput(QStringLiteral("keystore cipher must be aes-128-ctr"));
    const QByteArray ciphertext = hexField(crypto, "ciphertext");
    const QByteArray iv = hexField(crypto.value(QLatin1String("cipherparams")).toObject(), "iv");
    const QByteArray mac = hexField(crypto, "mac");
    if (ciphertext.size() != kSize || iv.size() != CryptoPP::AES::BLOCKSIZE)
        throwInvalidInput(QStringLiteral("keystore ciphertext must be 32 bytes and iv 16 bytes"));

    QByteArray utf8Password = password.toUtf8();
    const CryptoPP::SecByteBlock derived = deriveKey(crypto, utf8Password);
    CryptoPP::SecureWipeBuffer(reinterpret_cast<CryptoPP::byte*>(utf8Password.data()),
                               static_cast<std::size_t>(utf8Password.size()));

    // The MAC proves the password before anything is decrypted with it.
    const QByteArray macInput =
        QByteArray(reinterpret_cast<const char*>(derived.data()) + 16, 16) + ciphertext;
    if (keccak256(macInput) != mac)
        throw ChainError(ChainError::Kind::WrongKey,
                         "the keystore password is wrong (its MAC does not match)");

    SecretKey key;
    CryptoPP::CTR_Mode<CryptoPP::AES>::Decryption aes(derived.data(), 16, bytesOf(iv));
    aes.ProcessData(key.bytes_.data(), bytesOf(ciphertext), kSize);
    return key;
}

SecretKey::SecretKey(SecretKey&& other) noexcept
    : bytes_(other.bytes_) {
    other.wipe();
}

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept {
    if (this != &other) {
        bytes_ = other.bytes_;
        other.wipe();
    }
    return *this;
}

SecretKey::~SecretKey() {
    wipe();
}

void SecretKey::wipe() noexcept {
    CryptoPP::SecureWipeBuffer(bytes_.data(), bytes_.size());
}

} // namespace meterdesk::chain
