#include "password_vault.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace meterdesk::ui {

namespace {

// QtKeychain 0.13 has no availability check: these errors are how "no Secret Service",
// "no D-Bus session" and "no backend on this platform" show up.
bool meansNoKeychain(QKeychain::Error error) {
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::OtherError;
}

} // namespace

PasswordVault::PasswordVault(QString service, QObject* parent)
    : QObject(parent)
    , service_(std::move(service)) {}

void PasswordVault::read(const QString& key) {
    if (!keychainAvailable_) {
        answerFromMemoryLater(Operation::Read, key, {});
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(service_, this);
    job->setKey(key);
    start(job, Operation::Read, {});
}

void PasswordVault::write(const QString& key, const QString& password) {
    if (!keychainAvailable_) {
        answerFromMemoryLater(Operation::Write, key, password);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(service_, this);
    job->setKey(key);
    job->setTextData(password);
    start(job, Operation::Write, password);
}

void PasswordVault::remove(const QString& key) {
    if (!keychainAvailable_) {
        answerFromMemoryLater(Operation::Remove, key, {});
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(service_, this);
    job->setKey(key);
    start(job, Operation::Remove, {});
}

void PasswordVault::start(QKeychain::Job* job, Operation operation, const QString& password) {
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, password](QKeychain::Job* done) {
                onJobFinished(done, operation, password);
            });
    job->start();
}

void PasswordVault::onJobFinished(QKeychain::Job* job, Operation operation,
                                  const QString& password) {
    const QString key = job->key();
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        QString found;
        if (operation == Operation::Read)
            found = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
        emit finished(operation, key, Outcome::Done, found, {});
        return;
    }
    if (error == QKeychain::EntryNotFound) {
        emit finished(operation, key, Outcome::NotFound, {}, {});
        return;
    }
    if (meansNoKeychain(error)) {
        markUnavailable(job->errorString());
        answerFromMemory(operation, key, password, job->errorString());
        return;
    }
    emit finished(operation, key, Outcome::Failed, {}, job->errorString());
}

void PasswordVault::answerFromMemory(Operation operation, const QString& key,
                                     const QString& password, const QString& reason) {
    switch (operation) {
    case Operation::Read:
        if (memoryOnly_.contains(key))
            emit finished(operation, key, Outcome::KeptInMemory, memoryOnly_.value(key), reason);
        else
            emit finished(operation, key, Outcome::KeychainUnavailable, {}, reason);
        return;
    case Operation::Write:
        memoryOnly_.insert(key, password);
        emit finished(operation, key, Outcome::KeptInMemory, {}, reason);
        return;
    case Operation::Remove:
        memoryOnly_.remove(key);
        emit finished(operation, key, Outcome::Done, {}, reason);
        return;
    }
}

void PasswordVault::answerFromMemoryLater(Operation operation, const QString& key,
                                          const QString& password) {
    // Queued, so that every call answers after it returns, keychain or not.
    QTimer::singleShot(0, this, [this, operation, key, password] {
        answerFromMemory(operation, key, password, unavailableReason_);
    });
}

void PasswordVault::markUnavailable(const QString& reason) {
    if (!keychainAvailable_)
        return;
    keychainAvailable_ = false;
    unavailableReason_ = reason;
    emit keychainUnavailable(reason);
}

} // namespace meterdesk::ui
