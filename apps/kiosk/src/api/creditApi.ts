import type {
  ApplyForRepairBody,
  BoardView,
  PledgeList,
  PledgeTextView,
  PledgeView,
  SignPledgeBody,
  CasePage,
  FileObjectionBody,
  MyIntegrityFile,
  ObjectionAnswer,
  ObjectionView,
  RepairAnswer,
  RepairView,
} from '@qinqing/credit/contracts';
import { call } from './kioskApi';

/** The credit context's endpoints the kiosk uses: the identified enterprise's own file and cases. */
export const creditApi = {
  myRecords: () => call<MyIntegrityFile>('GET', '/credit/records/mine'),
  myObjections: () => call<CasePage<ObjectionView>>('GET', '/credit/objections/mine'),
  myRepairs: () => call<CasePage<RepairView>>('GET', '/credit/repairs/mine'),
  fileObjection: (body: FileObjectionBody) => call<ObjectionAnswer>('POST', '/credit/objections', body),
  commitmentText: () => call<{ version: string; text: string }>('GET', '/credit/commitment-text'),
  applyForRepair: (body: ApplyForRepairBody) => call<RepairAnswer>('POST', '/credit/repairs', body),
  /** The latest published red/black board; 404 `no-board` before the first. */
  currentBoard: () => call<BoardView>('GET', '/credit/boards/current'),
  pledgeText: () => call<PledgeTextView>('GET', '/credit/pledge-text'),
  signPledge: (body: SignPledgeBody) => call<PledgeView>('POST', '/credit/pledges', body),
  myPledges: () => call<PledgeList>('GET', '/credit/pledges/mine'),
};
