#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace meterdesk::ui {

// Database passwords in the OS keychain (Secret Service, Keychain, Credential Manager)
// through QtKeychain. Where no keychain works, passwords are kept in this object's memory
// only, for this run, and every outcome says so, so that the console can tell the
// operator it will ask again next time. Jobs are asynchronous: each call answers once
// through finished().
class PasswordVault : public QObject {
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    enum class Outcome {
        Done,                // read found a password, write stored it, remove removed it
        NotFound,            // nothing stored under the key (yet)
        KeptInMemory,        // no usable keychain: the password lives in memory for this run
        KeychainUnavailable, // no usable keychain and nothing in memory
        Failed,              // the keychain refused (access denied, ...): see the detail
    };
    Q_ENUM(Outcome)

    explicit PasswordVault(QString service = QStringLiteral("meterdesk"),
                           QObject* parent = nullptr);

    void read(const QString& key);
    void write(const QString& key, const QString& password);
    void remove(const QString& key);

    // False once a job found no usable keychain; true until then.
    bool keychainAvailable() const { return keychainAvailable_; }

signals:
    // `password` is set only for a read that found one (Done or KeptInMemory).
    void finished(meterdesk::ui::PasswordVault::Operation operation, const QString& key,
                  meterdesk::ui::PasswordVault::Outcome outcome, const QString& password,
                  const QString& detail);
    void keychainUnavailable(const QString& reason);

private:
    void start(QKeychain::Job* job, Operation operation, const QString& password);
    void onJobFinished(QKeychain::Job* job, Operation operation, const QString& password);
    void answerFromMemory(Operation operation, const QString& key, const QString& password,
                          const QString& reason);
    void answerFromMemoryLater(Operation operation, const QString& key, const QString& password);
    void markUnavailable(const QString& reason);

    QString service_;
    bool keychainAvailable_ = true;
    QString unavailableReason_;
    QHash<QString, QString> memoryOnly_;
};

} // namespace meterdesk::ui
