import {CHANGE_WIDGET, CHAPTER_ID_WIDGET, NUMBER_WIDGET} from '../lib/editor/editor-config';
import {changeProblem, idProblem, numberProblem, type ManualSnapshot} from '../lib/editor/field-rules';
import type {ControlProps, DecapCms} from './decap';

const text = (value: unknown) => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));
const isNew = (props: ControlProps) => props.entry.get('newRecord') === true;
const data = (props: ControlProps, field: string) => props.entry.getIn(['data', field]);

interface TextControl {
  /** The message for a value `check` would refuse, or undefined. */
  problem(props: ControlProps): string | undefined;
  multiline?: boolean;
  /** Shown read-only instead of as an input. */
  readOnly?(props: ControlProps): boolean;
}

/**
 * A text input whose value is checked by one of `check`'s rules: Decap shows
 * the message on the field and will not save until it is fixed.
 */
function textControl(spec: TextControl): unknown {
  const {h, createClass} = window;
  return createClass({
    // Decap calls this with its own wrapper as `this`; that wrapper carries the same props.
    isValid(this: {props: ControlProps}) {
      const message = spec.problem(this.props);
      return message ? {error: {type: 'CUSTOM', message}} : true;
    },
    render(this: {props: ControlProps}) {
      const props = this.props;
      const common = {
        id: props.forID,
        className: props.classNameWrapper,
        value: text(props.value),
        onFocus: props.setActiveStyle,
        onBlur: props.setInactiveStyle,
      };
      if (spec.readOnly?.(props)) return h('input', {...common, readOnly: true, 'aria-readonly': 'true'});
      const onChange = (event: {target: {value: string}}) => props.onChange(event.target.value);
      return h(spec.multiline ? 'textarea' : 'input', {...common, onChange, rows: spec.multiline ? 3 : undefined});
    },
  });
}

export function registerWidgets(cms: DecapCms, snapshot: ManualSnapshot): void {
  cms.registerWidget(
    CHAPTER_ID_WIDGET,
    textControl({
      // An id is the chapter's permanent address: fixed once the chapter exists.
      readOnly: (props) => !isNew(props),
      problem: (props) => idProblem(text(props.value), snapshot, isNew(props)),
    }),
  );
  cms.registerWidget(NUMBER_WIDGET, textControl({problem: (props) => numberProblem(text(props.value), text(data(props, 'id')), snapshot)}));
  cms.registerWidget(
    CHANGE_WIDGET,
    textControl({
      multiline: true,
      problem: (props) => {
        const version = Number(data(props, 'version'));
        return changeProblem(text(props.value), Number.isFinite(version) ? version : undefined);
      },
    }),
  );
}
