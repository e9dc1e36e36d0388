#include "billing_test_support.h"

#include <billing/errors.h>
#include <billing/escrow.h>

#include <QTest>

using namespace meterdesk::billing;
using billing_test::thrownMessage;
using billing_test::utc;

namespace {

const std::chrono::sys_seconds kDeadline = utc("2026-12-01T00:00:00Z");
const std::chrono::sys_seconds kAfterDeadline = kDeadline + std::chrono::seconds{1};
const std::chrono::sys_seconds kBeforeDeadline = kDeadline - std::chrono::hours{1};

const TokenAmount kAmount = TokenAmount::fromDecimalString("100", 18);

const std::array kStates{EscrowState::Open,     EscrowState::RefundRequested,
                         EscrowState::Released, EscrowState::Refunded,
                         EscrowState::Settled,  EscrowState::Reclaimed};
const std::array kActions{EscrowAction::RequestRefund, EscrowAction::Release, EscrowAction::Refund,
                          EscrowAction::Settle, EscrowAction::Reclaim};
const std::array kActors{Actor::Owner, Actor::Payer, Actor::Payee, Actor::Other};

TokenAmount tokens(const char* text) {
    return TokenAmount::fromDecimalString(text, 18);
}

// The time an action is taken at unless a test says otherwise: reclaim only works after the
// deadline and requesting a refund only before it.
std::chrono::sys_seconds defaultTime(EscrowAction action) {
    return action == EscrowAction::RequestRefund ? kBeforeDeadline : kAfterDeadline;
}

// Takes `action` as `by`; settling pays 40 of the 100 tokens to the payee.
void perform(Escrow& escrow, EscrowAction action, Actor by, std::chrono::sys_seconds now) {
    switch (action) {
    case EscrowAction::RequestRefund:
        escrow.requestRefund(by, now);
        return;
    case EscrowAction::Release:
        escrow.release(by);
        return;
    case EscrowAction::Refund:
        escrow.refund(by);
        return;
    case EscrowAction::Settle:
        escrow.settle(by, tokens("40"));
        return;
    case EscrowAction::Reclaim:
        escrow.reclaim(by, now);
        return;
    }
}

// An escrow brought to `state` through the actions that lead there.
Escrow escrowIn(EscrowState state) {
    Escrow escrow(kAmount, kDeadline);
    switch (state) {
    case EscrowState::Open:
        break;
    case EscrowState::RefundRequested:
        escrow.requestRefund(Actor::Payer, kBeforeDeadline);
        break;
    case EscrowState::Released:
        escrow.release(Actor::Owner);
        break;
    case EscrowState::Refunded:
        escrow.refund(Actor::Owner);
        break;
    case EscrowState::Settled:
        escrow.settle(Actor::Owner, tokens("40"));
        break;
    case EscrowState::Reclaimed:
        escrow.reclaim(Actor::Payer, kAfterDeadline);
        break;
    }
    return escrow;
}

// The outcome every state × action pair must have when taken by a permitted actor.
std::optional<EscrowState> expectedOutcome(EscrowState from, EscrowAction action) {
    const bool live = from == EscrowState::Open || from == EscrowState::RefundRequested;
    if (!live || (action == EscrowAction::RequestRefund && from != EscrowState::Open)) {
        return std::nullopt;
    }
    switch (action) {
    case EscrowAction::RequestRefund:
        return EscrowState::RefundRequested;
    case EscrowAction::Release:
        return EscrowState::Released;
    case EscrowAction::Refund:
        return EscrowState::Refunded;
    case EscrowAction::Settle:
        return EscrowState::Settled;
    case EscrowAction::Reclaim:
        return EscrowState::Reclaimed;
    }
    return std::nullopt;
}

Actor permittedActor(EscrowAction action) {
    return action == EscrowAction::RequestRefund || action == EscrowAction::Reclaim ? Actor::Payer
                                                                                    : Actor::Owner;
}

QString name(EscrowState state) {
    return QString::fromLatin1(toString(state));
}
QString name(EscrowAction action) {
    return QString::fromLatin1(toString(action));
}

} // namespace

class TestEscrow : public QObject {
    Q_OBJECT

private slots:
    void everyStateAndAction_data();
    void everyStateAndAction();
    void onlyPermittedActorsAct_data();
    void onlyPermittedActorsAct();
    void reclaimWaitsForTheDeadline_data();
    void reclaimWaitsForTheDeadline();
    void refundRequestsEndAtTheDeadline_data();
    void refundRequestsEndAtTheDeadline();
    void pauseStopsEverythingButReclaim_data();
    void pauseStopsEverythingButReclaim();
    void contractStateValuesHaveNames_data();
    void contractStateValuesHaveNames();
    void payoutsSplitTheAmount_data();
    void payoutsSplitTheAmount();
    void settlingMoreThanEscrowedIsRefused();
    void stateNamesRoundTrip_data();
    void stateNamesRoundTrip();
};

void TestEscrow::everyStateAndAction_data() {
    QTest::addColumn<EscrowState>("from");
    QTest::addColumn<EscrowAction>("action");

    for (const EscrowState from : kStates) {
        for (const EscrowAction action : kActions) {
            QTest::addRow("%s in %s", toString(action).data(), toString(from).data())
                << from << action;
        }
    }
}

void TestEscrow::everyStateAndAction() {
    QFETCH(EscrowState, from);
    QFETCH(EscrowAction, action);

    Escrow escrow = escrowIn(from);
    QCOMPARE(name(escrow.state()), name(from));
    const Actor by = permittedActor(action);
    const std::optional<EscrowState> outcome = expectedOutcome(from, action);

    if (outcome) {
        QCOMPARE(escrow.refusal(action, by, defaultTime(action)), std::nullopt);
        perform(escrow, action, by, defaultTime(action));
        QCOMPARE(name(escrow.state()), name(*outcome));
    } else {
        const QString expected = name(action) + " is not allowed in state " + name(from);
        QCOMPARE(escrow.refusal(action, by, defaultTime(action)), expected.toStdString());
        QCOMPARE(thrownMessage<IllegalTransition>(
                     [&] { perform(escrow, action, by, defaultTime(action)); }),
                 expected);
        QCOMPARE(name(escrow.state()), name(from));
    }
}

void TestEscrow::onlyPermittedActorsAct_data() {
    QTest::addColumn<EscrowAction>("action");
    QTest::addColumn<Actor>("actor");
    QTest::addColumn<QString>("refusal"); // empty: the actor may act

    const auto permitted = [](EscrowAction action, Actor actor) {
        switch (action) {
        case EscrowAction::RequestRefund:
        case EscrowAction::Reclaim:
            return actor == Actor::Payer;
        case EscrowAction::Release:
            return actor == Actor::Owner || actor == Actor::Payer;
        case EscrowAction::Refund:
        case EscrowAction::Settle:
            return actor == Actor::Owner;
        }
        return false;
    };
    const auto who = [](EscrowAction action) -> QString {
        switch (action) {
        case EscrowAction::RequestRefund:
        case EscrowAction::Reclaim:
            return "the payer";
        case EscrowAction::Release:
            return "the owner or the payer";
        case EscrowAction::Refund:
        case EscrowAction::Settle:
            return "the owner";
        }
        return {};
    };
    for (const EscrowAction action : kActions) {
        for (const Actor actor : kActors) {
            const QString refusal = permitted(action, actor)
                                        ? QString()
                                        : name(action) + " may only be done by " + who(action);
            QTest::addRow("%s by %s", toString(action).data(), toString(actor).data())
                << action << actor << refusal;
        }
    }
}

void TestEscrow::onlyPermittedActorsAct() {
    QFETCH(EscrowAction, action);
    QFETCH(Actor, actor);
    QFETCH(QString, refusal);

    Escrow escrow = escrowIn(EscrowState::Open);
    if (refusal.isEmpty()) {
        perform(escrow, action, actor, defaultTime(action));
        QVERIFY(escrow.state() != EscrowState::Open);
    } else {
        QCOMPARE(thrownMessage<IllegalTransition>(
                     [&] { perform(escrow, action, actor, defaultTime(action)); }),
                 refusal);
        QCOMPARE(name(escrow.state()), name(EscrowState::Open));
    }
}

void TestEscrow::reclaimWaitsForTheDeadline_data() {
    QTest::addColumn<EscrowState>("from");
    QTest::addColumn<qint64>("secondsAfterDeadline");
    QTest::addColumn<bool>("reclaimed");

    QTest::newRow("open, long before") << EscrowState::Open << qint64{-86400} << false;
    QTest::newRow("open, at the deadline") << EscrowState::Open << qint64{0} << false;
    QTest::newRow("open, one second after") << EscrowState::Open << qint64{1} << true;
    QTest::newRow("refund requested, at the deadline")
        << EscrowState::RefundRequested << qint64{0} << false;
    QTest::newRow("refund requested, one second after")
        << EscrowState::RefundRequested << qint64{1} << true;
}

void TestEscrow::reclaimWaitsForTheDeadline() {
    QFETCH(EscrowState, from);
    QFETCH(qint64, secondsAfterDeadline);
    QFETCH(bool, reclaimed);

    Escrow escrow = escrowIn(from);
    const auto now = kDeadline + std::chrono::seconds{secondsAfterDeadline};
    if (reclaimed) {
        escrow.reclaim(Actor::Payer, now);
        QCOMPARE(name(escrow.state()), name(EscrowState::Reclaimed));
    } else {
        QCOMPARE(thrownMessage<IllegalTransition>([&] { escrow.reclaim(Actor::Payer, now); }),
                 "reclaim is not allowed before the deadline 2026-12-01T00:00:00Z has passed");
        QCOMPARE(name(escrow.state()), name(from));
    }
}

void TestEscrow::refundRequestsEndAtTheDeadline_data() {
    QTest::addColumn<qint64>("secondsAfterDeadline");
    QTest::addColumn<bool>("requested");

    QTest::newRow("a day before") << qint64{-86400} << true;
    QTest::newRow("at the deadline") << qint64{0} << true;
    QTest::newRow("one second after") << qint64{1} << false;
    QTest::newRow("a day after") << qint64{86400} << false;
}

void TestEscrow::refundRequestsEndAtTheDeadline() {
    QFETCH(qint64, secondsAfterDeadline);
    QFETCH(bool, requested);

    Escrow escrow = escrowIn(EscrowState::Open);
    const auto now = kDeadline + std::chrono::seconds{secondsAfterDeadline};
    if (requested) {
        QCOMPARE(escrow.refusal(EscrowAction::RequestRefund, Actor::Payer, now), std::nullopt);
        escrow.requestRefund(Actor::Payer, now);
        QCOMPARE(name(escrow.state()), name(EscrowState::RefundRequested));
    } else {
        const QString expected = "request_refund is not allowed after the deadline "
                                 "2026-12-01T00:00:00Z; the payer may reclaim instead";
        QCOMPARE(escrow.refusal(EscrowAction::RequestRefund, Actor::Payer, now),
                 expected.toStdString());
        QCOMPARE(thrownMessage<IllegalTransition>([&] { escrow.requestRefund(Actor::Payer, now); }),
                 expected);
        QCOMPARE(name(escrow.state()), name(EscrowState::Open));
    }
}

void TestEscrow::pauseStopsEverythingButReclaim_data() {
    QTest::addColumn<EscrowState>("from");
    QTest::addColumn<EscrowAction>("action");
    QTest::addColumn<QString>("refusal"); // empty: the action goes through while paused

    for (const EscrowState from : {EscrowState::Open, EscrowState::RefundRequested}) {
        for (const EscrowAction action : kActions) {
            if (action == EscrowAction::RequestRefund && from != EscrowState::Open) {
                continue; // refused for its state whether paused or not
            }
            const QString refusal = action == EscrowAction::Reclaim
                                        ? QString()
                                        : name(action) + " is not allowed while the contract "
                                                         "is paused";
            QTest::addRow("%s in %s", toString(action).data(), toString(from).data())
                << from << action << refusal;
        }
    }
}

void TestEscrow::pauseStopsEverythingButReclaim() {
    QFETCH(EscrowState, from);
    QFETCH(EscrowAction, action);
    QFETCH(QString, refusal);

    Escrow escrow = escrowIn(from);
    escrow.setPaused(true);
    QVERIFY(escrow.isPaused());
    const Actor by = permittedActor(action);
    if (refusal.isEmpty()) {
        perform(escrow, action, by, defaultTime(action));
        QVERIFY(escrow.isFinal());
        return;
    }
    // The pause is named before the actor, as the contract's modifier runs first.
    QCOMPARE(escrow.refusal(action, Actor::Other, defaultTime(action)), refusal.toStdString());
    QCOMPARE(
        thrownMessage<IllegalTransition>([&] { perform(escrow, action, by, defaultTime(action)); }),
        refusal);
    QCOMPARE(name(escrow.state()), name(from));

    escrow.setPaused(false);
    perform(escrow, action, by, defaultTime(action));
    QVERIFY(escrow.state() != from);
}

void TestEscrow::contractStateValuesHaveNames_data() {
    QTest::addColumn<uint>("value");
    QTest::addColumn<QString>("stateName"); // empty: no such state

    QTest::newRow("0") << 0u << "open";
    QTest::newRow("1") << 1u << "refund_requested";
    QTest::newRow("2") << 2u << "released";
    QTest::newRow("3") << 3u << "refunded";
    QTest::newRow("4") << 4u << "settled";
    QTest::newRow("5") << 5u << "reclaimed";
    QTest::newRow("6") << 6u << "";
    QTest::newRow("255") << 255u << "";
}

void TestEscrow::contractStateValuesHaveNames() {
    QFETCH(uint, value);
    QFETCH(QString, stateName);

    const std::optional<EscrowState> state = escrowStateFromContractValue(value);
    if (stateName.isEmpty()) {
        QCOMPARE(state, std::nullopt);
    } else {
        QVERIFY(state.has_value());
        QCOMPARE(name(*state), stateName);
    }
}

void TestEscrow::payoutsSplitTheAmount_data() {
    QTest::addColumn<EscrowAction>("action");
    QTest::addColumn<QString>("toPayee");
    QTest::addColumn<QString>("toPayer");

    QTest::newRow("release pays the payee") << EscrowAction::Release << "100"
                                            << "0";
    QTest::newRow("refund pays the payer") << EscrowAction::Refund << "0"
                                           << "100";
    QTest::newRow("settle splits") << EscrowAction::Settle << "40"
                                   << "60";
    QTest::newRow("reclaim pays the payer") << EscrowAction::Reclaim << "0"
                                            << "100";
}

void TestEscrow::payoutsSplitTheAmount() {
    QFETCH(EscrowAction, action);
    QFETCH(QString, toPayee);
    QFETCH(QString, toPayer);

    Escrow escrow = escrowIn(EscrowState::Open);
    QCOMPARE(escrow.payout(), EscrowPayout{});
    perform(escrow, action, permittedActor(action), defaultTime(action));
    QVERIFY(escrow.isFinal());
    QCOMPARE(escrow.payout().toPayee, tokens(toPayee.toLatin1().constData()));
    QCOMPARE(escrow.payout().toPayer, tokens(toPayer.toLatin1().constData()));
}

void TestEscrow::settlingMoreThanEscrowedIsRefused() {
    Escrow escrow = escrowIn(EscrowState::Open);
    escrow.settle(Actor::Owner, kAmount);
    QCOMPARE(escrow.payout().toPayee, kAmount);

    Escrow other = escrowIn(EscrowState::RefundRequested);
    const TokenAmount oneMore = kAmount + TokenAmount(1);
    QVERIFY_THROWS_EXCEPTION(InvalidArgument, other.settle(Actor::Owner, oneMore));
    QCOMPARE(name(other.state()), name(EscrowState::RefundRequested));
    QCOMPARE(other.payout(), EscrowPayout{});
}

void TestEscrow::stateNamesRoundTrip_data() {
    QTest::addColumn<EscrowState>("state");
    QTest::addColumn<QString>("stateName");

    QTest::newRow("open") << EscrowState::Open << "open";
    QTest::newRow("refund requested") << EscrowState::RefundRequested << "refund_requested";
    QTest::newRow("released") << EscrowState::Released << "released";
    QTest::newRow("refunded") << EscrowState::Refunded << "refunded";
    QTest::newRow("settled") << EscrowState::Settled << "settled";
    QTest::newRow("reclaimed") << EscrowState::Reclaimed << "reclaimed";
}

void TestEscrow::stateNamesRoundTrip() {
    QFETCH(EscrowState, state);
    QFETCH(QString, stateName);

    QCOMPARE(name(state), stateName);
    QCOMPARE(escrowStateFromString(stateName.toStdString()), std::optional<EscrowState>(state));
    QCOMPARE(escrowStateFromString("Open"), std::nullopt);
}

QTEST_APPLESS_MAIN(TestEscrow)
#include "tst_escrow.moc"
