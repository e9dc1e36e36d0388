#include "escrow_id.h"

#include "errors.h"
#include "hex.h"

#include <algorithm>

namespace meterdesk::chain {

namespace {

constexpr qsizetype kIdSize = 32;

bool isReadable(const QString& text) {
    return !text.isEmpty() && std::none_of(text.begin(), text.end(), [](QChar c) {
        return c.category() == QChar::Other_Control;
    }) && !text.contains(QChar::ReplacementCharacter);
}

} // namespace

EscrowId::EscrowId()
    : bytes_(kIdSize, '\0') {}

EscrowId::EscrowId(QByteArray bytes)
    : bytes_(std::move(bytes)) {}

EscrowId EscrowId::fromJobReference(QStringView job) {
    const QByteArray utf8 = job.toUtf8();
    if (utf8.isEmpty() || utf8.size() > kIdSize || !isReadable(job.toString()))
        throwInvalidInput(QStringLiteral("escrow id (job reference) must be 1 to 32 bytes of "
                                         "printable UTF-8, not '%1'")
                              .arg(job));
    return EscrowId(utf8 + QByteArray(kIdSize - utf8.size(), '\0'));
}

EscrowId EscrowId::fromBytes(QByteArrayView thirtyTwoBytes) {
    if (thirtyTwoBytes.size() != kIdSize)
        throwInvalidInput(
            QStringLiteral("escrow id must be 32 bytes, not %1").arg(thirtyTwoBytes.size()));
    return EscrowId(thirtyTwoBytes.toByteArray());
}

EscrowId EscrowId::parse(QStringView text) {
    if (text.startsWith(u"0x") && text.size() == 2 + 2 * kIdSize)
        return fromBytes(bytesFromHex(text, u"escrow id"));
    return fromJobReference(text);
}

QString EscrowId::toHex() const {
    return hexFromBytes(bytes_);
}

QString EscrowId::jobReference() const {
    const qsizetype end = bytes_.indexOf('\0');
    const QByteArray head = bytes_.first(end < 0 ? kIdSize : end);
    const bool zeroPadded =
        std::all_of(bytes_.begin() + head.size(), bytes_.end(), [](char b) { return b == 0; });
    const QString text = QString::fromUtf8(head);
    return zeroPadded && isReadable(text) && text.toUtf8() == head ? text : QString();
}

QString EscrowId::toDisplayString() const {
    const QString job = jobReference();
    return job.isEmpty() ? toHex() : job;
}

} // namespace meterdesk::chain
