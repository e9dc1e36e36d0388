#include "invoice_json.h"

#include <QDateTime>
#include <QJsonArray>

namespace meterdesk::documents {

namespace {

QJsonValue text(const std::string& value) {
    return QString::fromStdString(value);
}

QJsonValue optionalText(const std::optional<std::string>& value) {
    return value ? text(*value) : QJsonValue();
}

QJsonValue integer(std::int64_t value) {
    return static_cast<qint64>(value);
}

QJsonValue instant(std::chrono::sys_seconds at) {
    return QDateTime::fromSecsSinceEpoch(at.time_since_epoch().count(), Qt::UTC)
        .toString(Qt::ISODate);
}

QJsonValue optionalInstant(const std::optional<std::chrono::sys_seconds>& at) {
    return at ? instant(*at) : QJsonValue();
}

QJsonValue optionalMicros(const std::optional<billing::Credits>& amount) {
    return amount ? integer(amount->micros()) : QJsonValue();
}

QJsonObject itemToJson(const store::InvoiceItem& item) {
    return {
        {"position", item.position},
        {"kind", QString::fromUtf8(store::toString(item.kind))},
        {"description", text(item.description)},
        {"service", item.service.empty() ? QJsonValue() : text(item.service)},
        {"endpoint", item.endpoint.empty() ? QJsonValue() : text(item.endpoint)},
        {"planVersion", item.planVersion ? QJsonValue(*item.planVersion) : QJsonValue()},
        {"from", optionalInstant(item.coversFrom)},
        {"until", optionalInstant(item.coversUntil)},
        {"calls", integer(item.calls)},
        {"units", integer(item.units)},
        {"perCallUcr", optionalMicros(item.perCall)},
        {"perUnitUcr", optionalMicros(item.perUnit)},
        {"amountUcr", integer(item.amount.micros())},
        {"amountMinor", integer(item.amountMinor)},
        {"reference", item.reference.empty() ? QJsonValue() : text(item.reference)},
    };
}

QJsonObject totalsToJson(const store::Invoice& invoice) {
    const auto& c = invoice.totals;
    const auto& m = invoice.currencyTotals;
    return {
        {"subtotalUcr", integer(c.subtotal.micros())},
        {"platformFeeUcr", integer(c.platformFee.micros())},
        {"taxUcr", integer(c.tax.micros())},
        {"totalUcr", integer(c.total.micros())},
        {"subtotalMinor", integer(m.subtotal)},
        {"platformFeeMinor", integer(m.platformFee)},
        {"taxMinor", integer(m.tax)},
        {"totalMinor", integer(m.total)},
    };
}

QJsonObject accountToJson(const store::CreditAccountSummary& account) {
    return {
        {"topUpsUcr", integer(account.topUps.micros())},
        {"grantsUcr", integer(account.grants.micros())},
        {"refundsUcr", integer(account.refunds.micros())},
        {"usageUcr", integer(account.usage.micros())},
        {"adjustmentsUcr", integer(account.adjustments.micros())},
        {"expiredUcr", integer(account.expired.micros())},
    };
}

} // namespace

QJsonObject invoiceToJson(const store::Invoice& invoice) {
    QJsonArray items;
    for (const auto& item : invoice.items)
        items.append(itemToJson(item));
    const auto& customer = invoice.customer;
    const auto& issuer = invoice.issuer;
    return {
        {"invoiceId", integer(invoice.id)},
        {"number", optionalText(invoice.number)},
        {"status", QString::fromUtf8(store::toString(invoice.status))},
        {"creditNoteFor", optionalText(invoice.creditNoteForNumber)},
        {"period", QJsonObject{{"label", text(invoice.period.label())},
                               {"start", instant(invoice.period.start)},
                               {"end", instant(invoice.period.end)}}},
        {"tenant",
         QJsonObject{{"id", integer(customer.tenantId)},
                     {"slug", text(customer.slug)},
                     {"name", text(customer.name)},
                     {"email", text(customer.email)},
                     {"region", customer.region.empty() ? QJsonValue() : text(customer.region)},
                     {"plan", text(customer.planCode)}}},
        {"issuer", QJsonObject{{"name", text(issuer.name)},
                               {"address", text(issuer.address)},
                               {"email", text(issuer.email)},
                               {"taxId", text(issuer.taxId)}}},
        {"currency", text(invoice.rate.currency)},
        {"rate",
         QJsonObject{{"minorUnitsPerCreditScaled", integer(invoice.rate.minorUnitsPerCreditScaled)},
                     {"rateDecimals", invoice.rate.rateDecimals},
                     {"currencyDecimals", invoice.rate.currencyDecimals}}},
        {"platformFeeBasisPoints", integer(invoice.fees.platformFeeBasisPoints)},
        {"taxBasisPoints", integer(invoice.fees.taxBasisPoints)},
        {"lines", items},
        {"totals", totalsToJson(invoice)},
        {"account", accountToJson(invoice.account)},
        {"contentSha256",
         invoice.contentSha256.empty() ? QJsonValue() : text(invoice.contentSha256)},
        {"issuedAt", optionalInstant(invoice.issuedAt)},
        {"issuedBy", invoice.issuedBy.empty() ? QJsonValue() : text(invoice.issuedBy)},
        {"voidedAt", optionalInstant(invoice.voidedAt)},
        {"voidReason", invoice.voidReason.empty() ? QJsonValue() : text(invoice.voidReason)},
    };
}

} // namespace meterdesk::documents
