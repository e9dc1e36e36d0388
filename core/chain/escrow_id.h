#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace meterdesk::chain {

// An escrow's id on chain: a bytes32 that holds its job reference, the same text gateways
// pass to meter.track as `job`, UTF-8 and zero-padded on the right. That keeps the id
// readable on any block explorer and lets the console find the job's metered usage.
class EscrowId {
public:
    EscrowId(); // all zero bytes, an id nobody opens
    // 1 to 32 bytes of UTF-8 without control characters; throws InvalidInput naming the
    // escrow id and the rule.
    static EscrowId fromJobReference(QStringView job);
    static EscrowId fromBytes(QByteArrayView thirtyTwoBytes);
    // 0x and 64 hex digits, or a job reference.
    static EscrowId parse(QStringView text);

    const QByteArray& bytes() const noexcept { return bytes_; }
    QString toHex() const;
    // The job reference, or empty when the bytes are not one (an id chosen by someone else).
    QString jobReference() const;
    // The job reference when there is one, else the hex.
    QString toDisplayString() const;

    friend bool operator==(const EscrowId&, const EscrowId&) = default;

private:
    explicit EscrowId(QByteArray bytes);

    QByteArray bytes_;
};

} // namespace meterdesk::chain
