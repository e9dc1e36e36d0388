#include "chain_failure_text.h"

#include "escrow_model.h"

#include <billing/escrow.h>
#include <chain/contracts.h>
#include <chain/errors.h>
#include <chain/receipt_tracker.h>

#include <optional>

namespace meterdesk::models {

namespace {

std::optional<chain::AbiValue> argument(const chain::DecodedRevert& revert, QStringView name) {
    for (const auto& [argumentName, value] : revert.arguments) {
        if (argumentName == name)
            return value;
    }
    return std::nullopt;
}

QString addressArgument(const chain::DecodedRevert& revert, QStringView name) {
    const auto value = argument(revert, name);
    return value ? value->toAddress().toChecksumHex() : QString();
}

// What the contract's state argument (its uint8 State) means, in the operator's words.
QString stateArgument(const chain::DecodedRevert& revert) {
    const auto value = argument(revert, u"state");
    if (!value)
        return {};
    const auto state =
        billing::escrowStateFromContractValue(value->toUint().convert_to<unsigned>());
    return state ? escrowStateText(*state) : QString();
}

// One sentence per refusal of CreditEscrow and its token: what the contract refused and what
// the operator can do about it.
QString refusal(const chain::DecodedRevert& revert) {
    const QString& name = revert.name;
    if (name == QLatin1String("NotOwner") || name == QLatin1String("NotOwnerOrPayer"))
        return ChainFailureText::tr(
                   "The key %1 is not the escrow contract's owner, so the contract refuses the "
                   "decision. Import the owner's key (Escrows › Import operator key…).")
            .arg(addressArgument(revert, u"caller"));
    if (name == QLatin1String("NotPayer"))
        return ChainFailureText::tr("Only the escrow's payer may do this; the key %1 is not "
                                    "the payer's.")
            .arg(addressArgument(revert, u"caller"));
    if (name == QLatin1String("UnknownEscrow"))
        return ChainFailureText::tr(
            "The contract holds no escrow with this id. Refresh the list, and check that the "
            "escrow contract in File › Node settings… is the right one.");
    if (name == QLatin1String("EscrowAlreadyExists"))
        return ChainFailureText::tr(
            "An escrow for this job already exists; a job can be escrowed only once.");
    if (name == QLatin1String("WrongState")) {
        const QString state = stateArgument(revert);
        return state.isEmpty()
                   ? ChainFailureText::tr("The escrow is no longer in a state that allows this. "
                                          "Refresh the list to see what happened to it.")
                   : ChainFailureText::tr("The escrow is already %1, so it cannot be decided "
                                          "again. Refresh the list to see its current state.")
                         .arg(state);
    }
    if (name == QLatin1String("ContractPaused"))
        return ChainFailureText::tr("The escrow contract is paused and refuses every decision "
                                    "until its owner unpauses it.");
    if (name == QLatin1String("ContractNotPaused"))
        return ChainFailureText::tr("The escrow contract is not paused.");
    if (name == QLatin1String("ZeroAddress"))
        return ChainFailureText::tr("An address is empty (0x0…0); enter a real address.");
    if (name == QLatin1String("ZeroAmount"))
        return ChainFailureText::tr("The amount is zero; enter an amount above zero.");
    if (name == QLatin1String("DeadlineNotInFuture"))
        return ChainFailureText::tr(
            "The deadline is not in the future of the node's clock; choose a later one.");
    if (name == QLatin1String("DeadlinePassed"))
        return ChainFailureText::tr("The escrow's deadline has passed: only the payer may "
                                    "reclaim it now.");
    if (name == QLatin1String("DeadlineNotReached"))
        return ChainFailureText::tr("The escrow's deadline has not come yet, so it cannot be "
                                    "reclaimed; wait until after the deadline.");
    if (name == QLatin1String("SettlementExceedsAmount"))
        return ChainFailureText::tr("The amount to the payee is more than the escrow holds; "
                                    "enter at most the escrowed amount.");
    if (name == QLatin1String("TokenTransferFailed"))
        return ChainFailureText::tr("The token refused to move the tokens to %1. Check the token "
                                    "contract; nothing moved.")
            .arg(addressArgument(revert, u"to"));
    if (name == QLatin1String("InsufficientBalance"))
        return ChainFailureText::tr("The account %1 holds fewer tokens than needed.")
            .arg(addressArgument(revert, u"account"));
    if (name == QLatin1String("InsufficientAllowance"))
        return ChainFailureText::tr("The payer has not allowed the escrow contract to take that "
                                    "many tokens; the payer must approve it first.");
    if (name == QLatin1String("Error")) {
        const auto message = argument(revert, u"message");
        return ChainFailureText::tr("The contract says: \"%1\".")
            .arg(message ? message->toText() : QString());
    }
    if (name == QLatin1String("Panic"))
        return ChainFailureText::tr(
            "The contract stopped on an internal error (a failed check or an arithmetic "
            "overflow). Nothing moved; report it to the contract's maintainers.");
    return {};
}

QString withoutTrailingPeriod(QString text) {
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

QString ChainFailureText::ofRevert(const QString& errorName, const QByteArray& data) {
    if (const auto decoded = chain::creditEscrowAbi().decodeRevert(data)) {
        if (const QString sentence = refusal(*decoded); !sentence.isEmpty())
            return tr("The contract refuses (%1): %2").arg(decoded->name, sentence);
    }
    return tr("The contract refuses (%1) for a reason the console does not know. Nothing moved; "
              "check that the escrow contract in File › Node settings… is a CreditEscrow.")
        .arg(errorName.isEmpty() ? tr("no reason given") : errorName);
}

QString ChainFailureText::of(const std::exception& error) {
    if (const auto* revert = dynamic_cast<const chain::RevertError*>(&error))
        return ofRevert(revert->errorName(), revert->data());
    const auto* chainError = dynamic_cast<const chain::ChainError*>(&error);
    // The chain layer's message says where it happened ("eth_call to http://…: …").
    const QString detail = withoutTrailingPeriod(QString::fromUtf8(error.what()));
    if (!chainError)
        return detail;
    switch (chainError->kind()) {
    case chain::ChainError::Kind::Transport:
        return tr("The node could not be reached (%1). Check that it is running and that the "
                  "node URL in File › Node settings… is right.")
            .arg(detail);
    case chain::ChainError::Kind::Timeout:
        return tr("The node did not answer in time (%1). It may be busy or unreachable: try "
                  "again, or check the node URL in File › Node settings….")
            .arg(detail);
    case chain::ChainError::Kind::NodeError:
        return tr("The node refused the request (%1). Check that the node settings (File › "
                  "Node settings…) are for this chain; if it goes on, see the node's log.")
            .arg(detail);
    case chain::ChainError::Kind::Reverted:
        return ofRevert({}, {});
    case chain::ChainError::Kind::TransactionFailed:
        return tr("The transaction was mined but failed, so nothing moved. Refresh the escrow "
                  "and decide again.");
    case chain::ChainError::Kind::TransactionNotSeen:
        return tr("The node never saw the transaction, so nothing moved. Refresh the escrow and "
                  "decide again.");
    case chain::ChainError::Kind::WrongKey:
        return tr("The password does not open this keystore file. Type it again.");
    case chain::ChainError::Kind::InvalidInput:
        return tr("The node's answer or the input was not understood (%1).").arg(detail);
    }
    return detail;
}

QString ChainFailureText::ofOutcome(const chain::TxOutcome& outcome) {
    switch (outcome.status) {
    case chain::TxStatus::Confirmed:
        return {};
    case chain::TxStatus::Failed:
        if (!outcome.revertData.isEmpty() || !outcome.errorName.isEmpty())
            return tr("Mined in block %1 but refused, so nothing moved. %2")
                .arg(outcome.receipt ? outcome.receipt->blockNumber : 0)
                .arg(ofRevert(outcome.errorName, outcome.revertData));
        return tr("Mined in block %1 but failed, with no reason the node could replay: another "
                  "transaction in the same block may have changed the escrow first, or the gas "
                  "ran out. Nothing moved: refresh the escrow and decide again.")
            .arg(outcome.receipt ? outcome.receipt->blockNumber : 0);
    case chain::TxStatus::NotSeen:
        return tr("The node has not seen the transaction for a long while: it was dropped or "
                  "never arrived, so nothing moved. Refresh the escrow and decide again.");
    }
    return {};
}

QString describeFailure(const std::exception& error) {
    return ChainFailureText::of(error);
}

} // namespace meterdesk::models
