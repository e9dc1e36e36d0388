#pragma once

#include "../unit/billing_test_support.h"

#include <store/invoice_composition.h>

#include <QString>

// Invoices to render, built by the real composition from readable inputs.
namespace invoice_samples {

using meterdesk::billing::Credits;

// "svc-007 /endpoint/007": unique, so that a test can find every line of a long invoice.
inline QString usageTitle(int line) {
    const QString n = QString::number(line).rightJustified(3, u'0');
    return QStringLiteral("svc-%1 /endpoint/%1").arg(n);
}

// A tenant of region eu (20 % tax) with `usageLines` endpoints used in November 2026 under
// plan "pro" version 1, a 20-credit allowance and a 3-credit refund; euros at 1.00 per credit.
inline meterdesk::store::Invoice composed(int usageLines) {
    using namespace meterdesk;
    store::InvoiceInputs in;
    in.period = store::InvoicePeriod::month(2026, 11);
    in.customer = {42, "acme", "Acme Corporation", "accounts@acme.example", "eu", "pro"};
    in.issuer = {"Meterdesk Test Ltd", "1 Test Street\nLondon EC1A 1AA", "billing@test.example",
                 "GB123456789"};
    in.rate = {100, 0, 2, "EUR"};
    in.fees = {250, 2000};
    billing::TariffVersion version;
    version.planCode = "pro";
    version.version = 1;
    version.effectiveFrom = billing_test::utc("2026-01-01T00:00:00Z");
    in.plan.code = "pro";
    in.plan.versions = {version};
    in.slices = store::tariffSlices(in.plan, in.period);
    for (int line = 1; line <= usageLines; ++line) {
        const QStringList parts = usageTitle(line).split(u' ');
        in.usage.push_back({parts[0].toStdString(), parts[1].toStdString(), 0, 1000 + line,
                            10 * line, Credits::fromMicros(1'234'567LL * line)});
    }
    in.account.grants = billing_test::credits("20");
    in.account.refunds = billing_test::credits("3");
    in.account.topUps = billing_test::credits("500");
    return store::composeInvoice(in);
}

// The same invoice as issued.
inline meterdesk::store::Invoice issued(int usageLines) {
    auto invoice = composed(usageLines);
    invoice.id = 7;
    invoice.status = meterdesk::store::InvoiceStatus::Issued;
    invoice.number = "MD-2026-000042";
    invoice.issuedAt = billing_test::utc("2026-12-01T09:30:00Z");
    invoice.issuedBy = "alice";
    invoice.contentSha256 = std::string(64, 'a');
    return invoice;
}

} // namespace invoice_samples
