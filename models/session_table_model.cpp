#include "session_table_model.h"

namespace meterdesk::models {

SessionTableModel::SessionTableModel(DatabaseSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , session_(session) {}

void SessionTableModel::supersedeRequests() {
    ++generation_;
    currentInFlight_ = 0;
}

void SessionTableModel::beginRequest() {
    ++currentInFlight_;
    if (inFlight_++ == 0) {
        emit loadingChanged(true);
    }
}

bool SessionTableModel::endRequest(quint64 generation) {
    const bool current = generation == generation_;
    if (current) {
        --currentInFlight_;
    }
    if (--inFlight_ == 0) {
        emit loadingChanged(false);
    }
    return current;
}

} // namespace meterdesk::models
