#include "endpoint_rule_table_model.h"

#include "display_format.h"
#include "item_roles.h"

namespace meterdesk::models {

namespace {

bool isCreditColumn(int column) {
    return column == EndpointRuleTableModel::PerCall || column == EndpointRuleTableModel::PerUnit;
}

bool isRateLimitColumn(int column) {
    return column == EndpointRuleTableModel::RateLimitRequests ||
           column == EndpointRuleTableModel::RateLimitPeriod;
}

billing::Credits& creditsOf(billing::EndpointRule& rule, int column) {
    return column == EndpointRuleTableModel::PerCall ? rule.perCall : rule.perUnit;
}

std::int64_t& rateLimitPartOf(billing::RateLimit& limit, int column) {
    return column == EndpointRuleTableModel::RateLimitRequests ? limit.requests
                                                               : limit.periodSeconds;
}

QString text(const std::string& value) {
    return QString::fromStdString(value);
}

} // namespace

EndpointRuleTableModel::EndpointRuleTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int EndpointRuleTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rules_.size());
}

int EndpointRuleTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointRuleTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const billing::EndpointRule& rule = rules_[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == ValidationMessageRole) {
        return messages_.at(index.row(), column);
    }
    if (column == Premium) {
        if (role == Qt::CheckStateRole) {
            return rule.premium ? Qt::Checked : Qt::Unchecked;
        }
        return role == RawValueRole ? QVariant(rule.premium) : QVariant();
    }
    if (role == Qt::TextAlignmentRole) {
        return column >= PerCall ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != RawValueRole) {
        return {};
    }
    if (isCreditColumn(column)) {
        const billing::Credits amount = column == PerCall ? rule.perCall : rule.perUnit;
        if (role == RawValueRole) {
            return QVariant::fromValue<qint64>(amount.micros());
        }
        return role == Qt::DisplayRole ? formatCredits(amount) : editableCredits(amount);
    }
    if (isRateLimitColumn(column)) {
        if (!rule.rateLimit) {
            return role == Qt::DisplayRole ? QVariant(tr("default")) : QVariant();
        }
        billing::RateLimit limit = *rule.rateLimit;
        return QVariant::fromValue<qint64>(rateLimitPartOf(limit, column));
    }
    switch (column) {
    case Service:
        return text(rule.service);
    case Endpoint:
        return text(rule.endpoint);
    case Method:
        return text(rule.method);
    default:
        return {};
    }
}

QVariant EndpointRuleTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Service:
        return tr("Service");
    case Endpoint:
        return tr("Endpoint");
    case Method:
        return tr("Method");
    case PerCall:
        return tr("Credits per call");
    case PerUnit:
        return tr("Credits per unit");
    case Premium:
        return tr("Premium");
    case RateLimitRequests:
        return tr("Rate limit (requests)");
    case RateLimitPeriod:
        return tr("Rate limit (seconds)");
    default:
        return {};
    }
}

Qt::ItemFlags EndpointRuleTableModel::flags(const QModelIndex& index) const {
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    if (!index.isValid()) {
        return base;
    }
    return index.column() == Premium ? base | Qt::ItemIsUserCheckable : base | Qt::ItemIsEditable;
}

bool EndpointRuleTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const int column = index.column();
    billing::EndpointRule& rule = rules_[static_cast<std::size_t>(index.row())];
    if (column == Premium) {
        if (role != Qt::CheckStateRole) {
            return false;
        }
        rule.premium = value.value<Qt::CheckState>() == Qt::Checked;
        emit dataChanged(index, index, {Qt::CheckStateRole, RawValueRole});
        return true;
    }
    if (role != Qt::EditRole) {
        return false;
    }
    if (isCreditColumn(column)) {
        return setCredits(index, value);
    }
    if (isRateLimitColumn(column)) {
        return setRateLimit(index, value);
    }
    const std::string typed = value.toString().trimmed().toStdString();
    switch (column) {
    case Service:
        rule.service = typed;
        break;
    case Endpoint:
        rule.endpoint = typed;
        break;
    case Method:
        rule.method = QString::fromStdString(typed).toUpper().toStdString();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

bool EndpointRuleTableModel::setCredits(const QModelIndex& index, const QVariant& value) {
    QString reason;
    const std::optional<billing::Credits> amount = parseCredits(value.toString(), &reason);
    if (!amount) {
        emit editRefused(index, reason);
        return false;
    }
    creditsOf(rules_[static_cast<std::size_t>(index.row())], index.column()) = *amount;
    emit dataChanged(index, index);
    return true;
}

bool EndpointRuleTableModel::setRateLimit(const QModelIndex& index, const QVariant& value) {
    billing::EndpointRule& rule = rules_[static_cast<std::size_t>(index.row())];
    const QString typed = value.toString().trimmed();
    const QModelIndex first = this->index(index.row(), RateLimitRequests);
    const QModelIndex last = this->index(index.row(), RateLimitPeriod);
    if (typed.isEmpty()) {
        rule.rateLimit.reset();
        emit dataChanged(first, last);
        return true;
    }
    bool isNumber = false;
    const qlonglong number = typed.toLongLong(&isNumber);
    if (!isNumber) {
        emit editRefused(index, tr("\"%1\" is not a whole number; leave the cell empty to use "
                                   "the plan's default rate limit.")
                                    .arg(typed));
        return false;
    }
    if (!rule.rateLimit) {
        rule.rateLimit = billing::RateLimit{};
    }
    rateLimitPartOf(*rule.rateLimit, index.column()) = number;
    emit dataChanged(first, last);
    return true;
}

bool EndpointRuleTableModel::insertRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1) {
        return false;
    }
    billing::EndpointRule fresh;
    fresh.method = "GET";
    beginInsertRows(parent, row, row + count - 1);
    rules_.insert(rules_.begin() + row, static_cast<std::size_t>(count), fresh);
    endInsertRows();
    return true;
}

bool EndpointRuleTableModel::removeRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount()) {
        return false;
    }
    beginRemoveRows(parent, row, row + count - 1);
    rules_.erase(rules_.begin() + row, rules_.begin() + row + count);
    endRemoveRows();
    return true;
}

void EndpointRuleTableModel::setRules(std::vector<billing::EndpointRule> rules) {
    beginResetModel();
    rules_ = std::move(rules);
    messages_.clear();
    endResetModel();
}

int EndpointRuleTableModel::columnForField(std::string_view ruleField) {
    if (ruleField.empty() || ruleField == "service") {
        return Service;
    }
    if (ruleField == "endpoint") {
        return Endpoint;
    }
    if (ruleField == "method") {
        return Method;
    }
    if (ruleField == "perCall") {
        return PerCall;
    }
    if (ruleField == "perUnit") {
        return PerUnit;
    }
    if (ruleField == "premium") {
        return Premium;
    }
    if (ruleField == "rateLimit" || ruleField == "rateLimit.requests") {
        return RateLimitRequests;
    }
    if (ruleField == "rateLimit.periodSeconds") {
        return RateLimitPeriod;
    }
    return -1;
}

void EndpointRuleTableModel::setValidationMessages(CellMessages messages) {
    for (const auto& [row, column] : messages_.replaceWith(std::move(messages))) {
        if (row < rowCount()) {
            const QModelIndex cell = index(row, column);
            emit dataChanged(cell, cell, {ValidationMessageRole});
        }
    }
}

} // namespace meterdesk::models
