#pragma once

#include <store/tenants.h>

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace meterdesk::ui {

// Shows a newly issued API key's secret, the only time it exists outside the tenant's
// hands: the database keeps only its hash. A Copy button puts it on the clipboard.
class ApiKeySecretDialog : public QDialog {
    Q_OBJECT

public:
    ApiKeySecretDialog(const QString& tenantSlug, const store::IssuedApiKey& issued,
                       QWidget* parent = nullptr);

    QString secret() const;

private:
    void copySecret();

    QLineEdit* secret_;
    QPushButton* copy_;
};

} // namespace meterdesk::ui
