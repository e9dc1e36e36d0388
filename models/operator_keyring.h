#pragma once

#include <chain/address.h>

#include <QByteArray>
#include <QObject>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>

namespace QKeychain {
class Job;
}

namespace meterdesk::chain {
class SecretKey;
class Signer;
} // namespace meterdesk::chain

namespace meterdesk::models {

// The operator's signing key (the CreditEscrow owner's), one per chain, in the OS keychain
// through QtKeychain under the service "meterdesk" and the key "operator-key/<chain id>", the
// same entry for the console and meterdeskctl. It is imported once (hex, or a keystore JSON
// with its password), read back to sign, and removed; it never reaches a file, a setting or a
// log. Where no keychain works, an imported key is kept in this object's memory for this run
// only, and `imported` says so. Every call answers once, asynchronously, by a signal.
class OperatorKeyring : public QObject {
    Q_OBJECT

public:
    explicit OperatorKeyring(QString service = QStringLiteral("meterdesk"),
                             QObject* parent = nullptr);
    ~OperatorKeyring() override;

    static QString entryKey(std::uint64_t chainId);

    // A bad key (not 64 hex digits, not a valid secp256k1 key) fails with a message naming the
    // field; nothing is stored then.
    void importHex(std::uint64_t chainId, const QString& hex);
    // Decrypted off the GUI thread (scrypt takes seconds); a wrong password fails.
    void importKeystore(std::uint64_t chainId, const QByteArray& json, const QString& password);
    void load(std::uint64_t chainId);
    void remove(std::uint64_t chainId);

    // The key imported or loaded in this run, or null.
    std::shared_ptr<const chain::Signer> signer(std::uint64_t chainId) const;

signals:
    void imported(quint64 chainId, const meterdesk::chain::Address& address, bool inMemoryOnly);
    void loaded(quint64 chainId, const meterdesk::chain::Address& address);
    void notFound(quint64 chainId);
    void removed(quint64 chainId);
    void failed(quint64 chainId, const QString& message);

private:
    void store(std::uint64_t chainId, chain::SecretKey key);
    void onWritten(QKeychain::Job* job, std::uint64_t chainId);
    void onRead(QKeychain::Job* job, std::uint64_t chainId);
    void onRemoved(QKeychain::Job* job, std::uint64_t chainId);
    // The signer for the key text; emits failed and returns null when it is not a key.
    std::shared_ptr<const chain::Signer> signerFromText(std::uint64_t chainId, QString& text,
                                                        const QString& field);

    QString service_;
    std::map<std::uint64_t, std::shared_ptr<const chain::Signer>> signers_;
    std::map<std::uint64_t, bool> keptInMemory_;
};

} // namespace meterdesk::models
