// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

interface IERC20 {
    function transfer(address to, uint256 value) external returns (bool);
    function transferFrom(address from, address to, uint256 value) external returns (bool);
}

/// @title Escrows of ERC-20 tokens for metered jobs, decided by the platform operator.
/// @notice A tenant (the payer) locks tokens for a job with a provider (the payee). The owner,
/// the platform operator, releases them to the payee, refunds them to the payer, or settles
/// them split by the job's metered usage. After the deadline the payer may reclaim an escrow
/// nobody decided. The rules mirror meterdesk::billing::Escrow; every refusal is a named error
/// so that a pre-flight call can tell the operator why before anything is signed.
contract CreditEscrow {
    /// The order is the ABI (uint8) and matches meterdesk::billing::EscrowState.
    enum State {
        Open,
        RefundRequested,
        Released,
        Refunded,
        Settled,
        Reclaimed
    }

    struct Escrow {
        address payer;
        address payee;
        uint256 amount;
        uint64 deadline;
        uint64 openedAt;
        State state;
        bytes32 reasonHash;
        uint256 paidToPayee;
        uint256 returnedToPayer;
    }

    address public immutable owner;
    IERC20 public immutable token;
    bool public paused;

    mapping(bytes32 => Escrow) private escrows;
    bytes32[] private ids;

    event EscrowOpened(bytes32 indexed id, address indexed payer, address indexed payee, uint256 amount, uint64 deadline);
    event RefundRequested(bytes32 indexed id, address indexed payer, bytes32 reasonHash);
    event EscrowReleased(bytes32 indexed id, address indexed by, uint256 toPayee);
    event EscrowRefunded(bytes32 indexed id, uint256 toPayer);
    event EscrowSettled(bytes32 indexed id, uint256 toPayee, uint256 toPayer);
    event EscrowReclaimed(bytes32 indexed id, uint256 toPayer);
    event Paused(address by);
    event Unpaused(address by);

    error NotOwner(address caller);
    error NotPayer(address caller);
    error NotOwnerOrPayer(address caller);
    error UnknownEscrow(bytes32 id);
    error EscrowAlreadyExists(bytes32 id);
    error WrongState(bytes32 id, State state);
    error ContractPaused();
    error ContractNotPaused();
    error ZeroAddress();
    error ZeroAmount();
    error DeadlineNotInFuture(uint64 deadline, uint256 blockTime);
    error DeadlinePassed(bytes32 id, uint64 deadline);
    error DeadlineNotReached(bytes32 id, uint64 deadline);
    error SettlementExceedsAmount(bytes32 id, uint256 toPayee, uint256 amount);
    error TokenTransferFailed(address to, uint256 amount);

    constructor(IERC20 token_) {
        if (address(token_) == address(0)) revert ZeroAddress();
        owner = msg.sender;
        token = token_;
    }

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    modifier whenNotPaused() {
        if (paused) revert ContractPaused();
        _;
    }

    /// Locks `amount` tokens of the caller (who must have approved them) for the job `id`.
    function open(bytes32 id, address payee, uint256 amount, uint64 deadline) external whenNotPaused {
        if (escrows[id].payer != address(0)) revert EscrowAlreadyExists(id);
        if (payee == address(0)) revert ZeroAddress();
        if (amount == 0) revert ZeroAmount();
        if (deadline <= block.timestamp) revert DeadlineNotInFuture(deadline, block.timestamp);
        escrows[id] = Escrow({
            payer: msg.sender,
            payee: payee,
            amount: amount,
            deadline: deadline,
            openedAt: uint64(block.timestamp),
            state: State.Open,
            reasonHash: bytes32(0),
            paidToPayee: 0,
            returnedToPayer: 0
        });
        ids.push(id);
        emit EscrowOpened(id, msg.sender, payee, amount, deadline);
        if (!token.transferFrom(msg.sender, address(this), amount)) revert TokenTransferFailed(address(this), amount);
    }

    /// The payer disputes the job; `reasonHash` commits to the reason kept off chain. Once the
    /// deadline has passed the payer reclaims instead.
    function requestRefund(bytes32 id, bytes32 reasonHash) external whenNotPaused {
        Escrow storage escrow = existing(id);
        if (escrow.state != State.Open) revert WrongState(id, escrow.state);
        if (msg.sender != escrow.payer) revert NotPayer(msg.sender);
        if (block.timestamp > escrow.deadline) revert DeadlinePassed(id, escrow.deadline);
        escrow.state = State.RefundRequested;
        escrow.reasonHash = reasonHash;
        emit RefundRequested(id, msg.sender, reasonHash);
    }

    function release(bytes32 id) external whenNotPaused {
        Escrow storage escrow = undecided(id);
        if (msg.sender != owner && msg.sender != escrow.payer) revert NotOwnerOrPayer(msg.sender);
        finish(escrow, State.Released, escrow.amount);
        emit EscrowReleased(id, msg.sender, escrow.amount);
    }

    function refund(bytes32 id) external whenNotPaused {
        Escrow storage escrow = undecided(id);
        if (msg.sender != owner) revert NotOwner(msg.sender);
        finish(escrow, State.Refunded, 0);
        emit EscrowRefunded(id, escrow.amount);
    }

    /// Pays `toPayee` (the job's metered usage) to the payee and the rest back to the payer.
    function settle(bytes32 id, uint256 toPayee) external whenNotPaused {
        Escrow storage escrow = undecided(id);
        if (msg.sender != owner) revert NotOwner(msg.sender);
        if (toPayee > escrow.amount) revert SettlementExceedsAmount(id, toPayee, escrow.amount);
        finish(escrow, State.Settled, toPayee);
        emit EscrowSettled(id, toPayee, escrow.amount - toPayee);
    }

    /// Deliberately allowed while paused: pausing must never trap a payer's tokens past the
    /// deadline they agreed to.
    function reclaim(bytes32 id) external {
        Escrow storage escrow = undecided(id);
        if (msg.sender != escrow.payer) revert NotPayer(msg.sender);
        if (block.timestamp <= escrow.deadline) revert DeadlineNotReached(id, escrow.deadline);
        finish(escrow, State.Reclaimed, 0);
        emit EscrowReclaimed(id, escrow.amount);
    }

    function pause() external onlyOwner {
        if (paused) revert ContractPaused();
        paused = true;
        emit Paused(msg.sender);
    }

    function unpause() external onlyOwner {
        if (!paused) revert ContractNotPaused();
        paused = false;
        emit Unpaused(msg.sender);
    }

    function getEscrow(bytes32 id) external view returns (Escrow memory) {
        return existing(id);
    }

    function escrowCount() external view returns (uint256) {
        return ids.length;
    }

    /// Ids in the order the escrows were opened, `limit` at most from `offset` on.
    function escrowIds(uint256 offset, uint256 limit) external view returns (bytes32[] memory page) {
        uint256 end = offset >= ids.length ? offset : offset + limit;
        if (end > ids.length) end = ids.length;
        page = new bytes32[](end - offset);
        for (uint256 i = offset; i < end; ++i) {
            page[i - offset] = ids[i];
        }
    }

    function existing(bytes32 id) private view returns (Escrow storage escrow) {
        escrow = escrows[id];
        if (escrow.payer == address(0)) revert UnknownEscrow(id);
    }

    function undecided(bytes32 id) private view returns (Escrow storage escrow) {
        escrow = existing(id);
        if (escrow.state != State.Open && escrow.state != State.RefundRequested) revert WrongState(id, escrow.state);
    }

    // State first, transfers last, so a token calling back finds the escrow already final.
    function finish(Escrow storage escrow, State finalState, uint256 toPayee) private {
        uint256 toPayer = escrow.amount - toPayee;
        escrow.state = finalState;
        escrow.paidToPayee = toPayee;
        escrow.returnedToPayer = toPayer;
        if (toPayee > 0 && !token.transfer(escrow.payee, toPayee)) revert TokenTransferFailed(escrow.payee, toPayee);
        if (toPayer > 0 && !token.transfer(escrow.payer, toPayer)) revert TokenTransferFailed(escrow.payer, toPayer);
    }
}
