// The golden documents: the four prose runbooks of shared/seeds (003 is the product definition) and
// the 12 TSGs of shared/tsg-corpus, copied byte for byte into test/fixtures/compiler/inputs.
import { join } from 'node:path'
import { FIXTURES, ROOT } from '../helpers/fixtures.js'

export const INPUTS = join(FIXTURES, 'compiler', 'inputs')
export const GOLDEN = join(ROOT, 'test', 'golden', 'compiler')

export const GOLDENS: readonly (readonly [name: string, input: string])[] = [
  ['seed-000-execution-template', '000_927f7e844c01f77c.txt'],
  ['seed-001-ai-operator', '001_13e8b94acc6f1cc4.txt'],
  ['seed-002-runtime-api', '002_3136cc7401f7e428.txt'],
  ['seed-004-recipe-runner', '004_4ef2f84c9f3d3376.txt'],
  [
    'agic-pod-not-ready',
    'Azure__application-gateway-kubernetes-ingress__docs_troubleshootings_troubleshooting-agic-pod-stuck-in-not-ready-state.md'
  ],
  [
    'agic-simple-application',
    'Azure__application-gateway-kubernetes-ingress__docs_troubleshootings_troubleshooting-installing-a-simple-application.md'
  ],
  ['etcd-maintenance', 'etcd-io__website__content_en_docs_v3.5_op-guide_maintenance.md'],
  ['kubespray-nodes', 'kubernetes-sigs__kubespray__docs_operations_nodes.md'],
  [
    'k8s-debug-init-containers',
    'kubernetes__website__content_en_docs_tasks_debug_debug-application_debug-init-containers.md'
  ],
  [
    'longhorn-noexecute-taint',
    'longhorn__website__content_kb_troubleshooting-noexecute-taint-prevents-workloads-from-terminating.md'
  ],
  [
    'longhorn-volume-readonly',
    'longhorn__website__content_kb_troubleshooting-volume-readonly-or-io-error.md'
  ],
  [
    'openshift-etcd-quota',
    'openshift__runbooks__alerts_cluster-etcd-operator_etcdDatabaseQuotaLowSpace.md'
  ],
  [
    'openshift-target-down',
    'openshift__runbooks__alerts_cluster-monitoring-operator_TargetDown.md'
  ],
  [
    'openshift-mcc-drain-error',
    'openshift__runbooks__alerts_machine-config-operator_MachineConfigControllerDrainError.md'
  ],
  [
    'openshift-vm-stuck-on-node',
    'openshift__runbooks__alerts_openshift-virtualization-operator_VirtualMachineStuckOnNode.md'
  ],
  ['rook-disaster-recovery', 'rook__rook__Documentation_Troubleshooting_disaster-recovery.md']
]
