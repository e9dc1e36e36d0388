#include "operator_keyring.h"

#include <chain/errors.h>
#include <chain/hex.h>
#include <chain/secret_key.h>
#include <chain/signer.h>

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace meterdesk::models {

namespace {

// QtKeychain 0.13 has no availability check: these errors are how "no Secret Service",
// "no D-Bus session" and "no backend on this platform" show up.
bool meansNoKeychain(QKeychain::Error error) {
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::OtherError;
}

// Overwrites the characters before the string is released: the key's text must not linger
// in freed memory.
void wipe(QString& text) {
    text.fill(QLatin1Char('0'));
    text.clear();
}

} // namespace

OperatorKeyring::OperatorKeyring(QString service, QObject* parent)
    : QObject(parent)
    , service_(std::move(service)) {}

OperatorKeyring::~OperatorKeyring() = default;

QString OperatorKeyring::entryKey(std::uint64_t chainId) {
    return QStringLiteral("operator-key/%1").arg(chainId);
}

std::shared_ptr<const chain::Signer> OperatorKeyring::signer(std::uint64_t chainId) const {
    const auto found = signers_.find(chainId);
    return found == signers_.end() ? nullptr : found->second;
}

std::shared_ptr<const chain::Signer>
OperatorKeyring::signerFromText(std::uint64_t chainId, QString& text, const QString& field) {
    try {
        auto made = std::make_shared<const chain::Signer>(chain::SecretKey::fromHex(text));
        wipe(text);
        return made;
    } catch (const chain::ChainError& error) {
        wipe(text);
        emit failed(chainId, tr("%1: %2").arg(field, QString::fromUtf8(error.what())));
        return nullptr;
    }
}

void OperatorKeyring::importHex(std::uint64_t chainId, const QString& hex) {
    try {
        store(chainId, chain::SecretKey::fromHex(hex));
    } catch (const chain::ChainError& error) {
        const QString message =
            tr("Private key: %1 (64 hex digits, optionally after 0x)").arg(error.what());
        QTimer::singleShot(0, this, [this, chainId, message] { emit failed(chainId, message); });
    }
}

void OperatorKeyring::importKeystore(std::uint64_t chainId, const QByteArray& json,
                                     const QString& password) {
    QPointer<OperatorKeyring> self(this);
    QThreadPool::globalInstance()->start([self, chainId, json, password] {
        std::shared_ptr<chain::SecretKey> key;
        QString problem;
        try {
            key =
                std::make_shared<chain::SecretKey>(chain::SecretKey::fromKeystore(json, password));
        } catch (const chain::ChainError& error) {
            problem = error.kind() == chain::ChainError::Kind::WrongKey
                          ? tr("Keystore password: it does not open this keystore file")
                          : tr("Keystore file: %1").arg(error.what());
        }
        // Back on the application's thread, where `self` may be checked safely.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, chainId, key, problem] {
            if (!self)
                return;
            if (key)
                self->store(chainId, std::move(*key));
            else
                emit self->failed(chainId, problem);
        });
    });
}

void OperatorKeyring::store(std::uint64_t chainId, chain::SecretKey key) {
    QByteArray bytes(reinterpret_cast<const char*>(key.data()), chain::SecretKey::kSize);
    QString hex = chain::hexFromBytes(bytes);
    bytes.fill('\0');
    std::shared_ptr<const chain::Signer> made;
    try {
        made = std::make_shared<const chain::Signer>(std::move(key));
    } catch (const chain::ChainError& error) {
        wipe(hex);
        const QString message = tr("Private key: %1").arg(error.what());
        QTimer::singleShot(0, this, [this, chainId, message] { emit failed(chainId, message); });
        return;
    }
    signers_[chainId] = made;
    auto* job = new QKeychain::WritePasswordJob(service_, this);
    job->setAutoDelete(true);
    job->setKey(entryKey(chainId));
    job->setTextData(hex);
    wipe(hex);
    connect(job, &QKeychain::Job::finished, this,
            [this, chainId](QKeychain::Job* done) { onWritten(done, chainId); });
    job->start();
}

void OperatorKeyring::onWritten(QKeychain::Job* job, std::uint64_t chainId) {
    const auto signer = this->signer(chainId);
    if (job->error() == QKeychain::NoError) {
        keptInMemory_[chainId] = false;
        emit imported(chainId, signer->address(), false);
    } else if (meansNoKeychain(job->error())) {
        keptInMemory_[chainId] = true;
        emit imported(chainId, signer->address(), true);
    } else {
        signers_.erase(chainId);
        emit failed(chainId,
                    tr("The keychain refused to store the key: %1").arg(job->errorString()));
    }
}

void OperatorKeyring::load(std::uint64_t chainId) {
    auto* job = new QKeychain::ReadPasswordJob(service_, this);
    job->setAutoDelete(true);
    job->setKey(entryKey(chainId));
    connect(job, &QKeychain::Job::finished, this,
            [this, chainId](QKeychain::Job* done) { onRead(done, chainId); });
    job->start();
}

void OperatorKeyring::onRead(QKeychain::Job* job, std::uint64_t chainId) {
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        QString text = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
        const auto made = signerFromText(chainId, text, tr("Stored operator key"));
        if (!made)
            return;
        signers_[chainId] = made;
        emit loaded(chainId, made->address());
        return;
    }
    // A key imported into memory this run stands in for a keychain that does not work.
    if (const auto kept = signer(chainId); kept && keptInMemory_[chainId]) {
        emit loaded(chainId, kept->address());
        return;
    }
    if (error == QKeychain::EntryNotFound || meansNoKeychain(error)) {
        emit notFound(chainId);
        return;
    }
    emit failed(chainId, tr("The keychain refused to read the key: %1").arg(job->errorString()));
}

void OperatorKeyring::remove(std::uint64_t chainId) {
    signers_.erase(chainId);
    keptInMemory_.erase(chainId);
    auto* job = new QKeychain::DeletePasswordJob(service_, this);
    job->setAutoDelete(true);
    job->setKey(entryKey(chainId));
    connect(job, &QKeychain::Job::finished, this,
            [this, chainId](QKeychain::Job* done) { onRemoved(done, chainId); });
    job->start();
}

void OperatorKeyring::onRemoved(QKeychain::Job* job, std::uint64_t chainId) {
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError || error == QKeychain::EntryNotFound ||
        meansNoKeychain(error)) {
        emit removed(chainId);
        return;
    }
    emit failed(chainId, tr("The keychain refused to remove the key: %1").arg(job->errorString()));
}

} // namespace meterdesk::models
