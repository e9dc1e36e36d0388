#pragma once

#include <models/session_table_model.h>

#include <QTest>

// Scrolls a keyset-paged model to its end, as a view would, checking that every page adds rows.
inline void fetchAllPages(meterdesk::models::SessionTableModel& model) {
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10'000);
        QVERIFY(model.rowCount() > before);
    }
}
